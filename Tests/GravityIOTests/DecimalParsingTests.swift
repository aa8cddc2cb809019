import Foundation
import GravityCore
@testable import GravityIO
import XCTest

/// Numbers read from CSV equal the C library's `strtod` bit for bit.
final class DecimalParsingTests: XCTestCase {
    /// `strtod` of `text`, the reference result.
    private func reference(_ text: String) -> Double {
        text.withCString { strtod($0, nil) }
    }

    private func parsed(_ text: String) -> Double? {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            let start = buffer.baseAddress!
            guard let (value, next) = DecimalParser.parse(start, start + buffer.count), next == start + buffer.count else { return nil }
            return value
        }
    }

    func testHardCases() {
        let cases = [
            "0", "-0", "0.1", "0.3", "1e22", "1e23", "9007199254740992", "9007199254740993", "9007199254740995",
            "123456789012345678901234567890", "2.2250738585072011e-308", "2.2250738585072014e-308", "4.9e-324",
            "2.4703282292062327e-324", "1.7976931348623157e308", "1.7976931348623159e308", "1e309", "1e-400",
            "0.000000000000000000000000000001", "12e30", "3.14159265358979323846264338327950288", "+.5", "5.",
            "1E+05", "0000000000000000000012.5", "100000000000000000000000", "8.98846567431158e307",
            "0.10000000000000000555", "1.00000000000000011102230246251565404236316680908203125",
        ]
        for text in cases {
            guard let value = parsed(text) else { return XCTFail("not parsed: \(text)") }
            XCTAssertEqual(value.bitPattern, reference(text).bitPattern, text)
        }
    }

    /// Integers of at most 19 digits take a direct conversion; longer ones, and integers followed
    /// by a fraction or an exponent, the general path. Each equals `strtod` bit for bit.
    func testIntegersEqualStrtod() {
        let cases = [
            "0", "-0", "+0", "00", "-000", "7", "+7", "-7", "007", "-0042", "1600", "9007199254740993",
            "18446744073709551615", "9999999999999999999", "-9999999999999999999", "1000000000000000001",
            "18446744073709551616", "99999999999999999999", "00000000000000000000001", "12345678901234567890123",
            "1e5", "-1E5", "1e0", "2.", "-3.0", "1e-5", "123456789012345678e3",
        ]
        for text in cases {
            guard let value = parsed(text) else { return XCTFail("not parsed: \(text)") }
            XCTAssertEqual(value.bitPattern, reference(text).bitPattern, text)
        }
        var generator = SplitMix64(seed: 20261130)
        for _ in 0..<20_000 {
            let digits = Int(generator.next() % 19) + 1
            var text = generator.next() % 3 == 0 ? "-" : ""
            for _ in 0..<digits { text.append(Character(String(generator.next() % 10))) }
            XCTAssertEqual(parsed(text)?.bitPattern, reference(text).bitPattern, text)
        }
    }

    /// Integers followed by more bytes, as inside a file: every digit count, sign and following
    /// byte gives the value and end of `strtod`, and the integer path takes exactly the integers.
    func testIntegersInsideLongerText() {
        var generator = SplitMix64(seed: 11)
        let followers = [",", "\n", "\r\n", " ", ";", "a", "/", ":", "\u{7F}", "é", "\"", "", ".5", "e3", "E-2"]
        for digits in 1...21 {
            for follower in followers {
                var number = generator.next() % 2 == 0 ? "-" : (generator.next() % 4 == 0 ? "+" : "")
                for index in 0..<digits { number.append(Character(String(index == 0 && digits > 1 ? generator.next() % 9 + 1 : generator.next() % 10))) }
                let bytes = Array((number + follower + ",0123456789,xyzxyzxyz").utf8)
                bytes.withUnsafeBufferPointer { buffer in
                    let start = buffer.baseAddress!
                    guard let (value, next) = DecimalParser.parse(start, start + buffer.count) else { return XCTFail("not parsed: \(number)\(follower)") }
                    let (expected, expectedLength) = (bytes.map { CChar(bitPattern: $0) } + [0]).withUnsafeBufferPointer { chars -> (Double, Int) in
                        var stop: UnsafeMutablePointer<CChar>?
                        let value = strtod(chars.baseAddress!, &stop)
                        return (value, UnsafePointer(stop!) - chars.baseAddress!)
                    }
                    XCTAssertEqual(value.bitPattern, expected.bitPattern, number + follower)
                    XCTAssertEqual(next - start, expectedLength, number + follower)
                    let integer = DecimalParser.integer(start, start + buffer.count)
                    if digits <= 19 && ![".5", "e3", "E-2"].contains(follower) {
                        XCTAssertEqual(integer?.value.bitPattern, expected.bitPattern, number + follower)
                        XCTAssertEqual(integer.map { $0.next - start }, number.utf8.count, number + follower)
                    } else {
                        XCTAssertNil(integer, number + follower)
                    }
                }
            }
        }
    }

    /// An integer stops at the first byte that is not a digit, which the caller judges.
    func testIntegerFollowedByOtherBytes() {
        let bytes = Array("12ab".utf8)
        bytes.withUnsafeBufferPointer { buffer in
            let start = buffer.baseAddress!
            let result = DecimalParser.parse(start, start + buffer.count)
            XCTAssertEqual(result?.value, 12)
            XCTAssertEqual(result.map { $0.next - start }, 2)
        }
    }

    /// Decimals of 1 to 21 digits with the point anywhere (the digits are read eight at a time,
    /// the fraction's value divided by an exact power of ten when both are exact), followed by any
    /// byte, including bytes just below `0` and above `9` and bytes whose carry crosses into the
    /// next: value and end equal `strtod`'s.
    func testDecimalsFollowedByAnyByteEqualStrtod() {
        var generator = SplitMix64(seed: 7)
        let followers: [UInt8] = [0x2C, 0x0A, 0x2F, 0x3A, 0x20, 0x00, 0x7F, 0xC3, 0xFA, 0xFF, 0x65, 0x30 - 0x10]
        for digits in 1...21 {
            for follower in followers {
                for _ in 0..<20 {
                    var text = generator.next() % 2 == 0 ? "-" : ""
                    let point = Int(generator.next() % UInt64(digits + 1))
                    for index in 0..<digits {
                        if index == point { text += "." }
                        text.append(Character(String(generator.next() % 10)))
                    }
                    let bytes = Array(text.utf8) + [follower] + Array("123456789".utf8)
                    let (expected, expectedLength) = (bytes.map { CChar(bitPattern: $0) } + [0]).withUnsafeBufferPointer { chars -> (Double, Int) in
                        var stop: UnsafeMutablePointer<CChar>?
                        let value = strtod(chars.baseAddress!, &stop)
                        return (value, UnsafePointer(stop!) - chars.baseAddress!)
                    }
                    bytes.withUnsafeBufferPointer { buffer in
                        let start = buffer.baseAddress!
                        let result = DecimalParser.parse(start, start + buffer.count)
                        XCTAssertEqual(result?.value.bitPattern, expected.bitPattern, "\(text) then byte \(follower)")
                        XCTAssertEqual(result.map { $0.next - start }, expectedLength, "\(text) then byte \(follower)")
                    }
                }
            }
        }
    }

    func testRejectsIncompleteNumbers() {
        for text in ["", ".", "-", "+", "e5", "1e", "1e+", ".e1"] {
            XCTAssertNil(parsed(text), text)
        }
    }

    func testRandomValuesPrintedWith17Digits() throws {
        var generator = SplitMix64(seed: 20240611)
        var lines = ["v"]
        var texts: [String] = []
        for index in 0..<20_000 {
            let value: Double
            switch index % 4 {
            case 0: value = Double(bitPattern: generator.next() & 0x7FEF_FFFF_FFFF_FFFF)  // any finite magnitude
            case 1: value = Double(generator.next() % 1_000_000_000) / 1000  // short decimals
            case 2: value = (Double(generator.next() >> 11) / Double(1 << 53) - 0.5) * 1e6
            default: value = Double(bitPattern: generator.next() & 0x000F_FFFF_FFFF_FFFF)  // subnormal
            }
            let format = index % 3 == 0 ? "%.15g" : "%.17g"
            let text = String(format: format, index % 2 == 0 ? value : -value)
            texts.append(text)
            lines.append(text)
        }
        let data = try parseCSV(lines.joined(separator: "\n") + "\n")
        let values = data.numbers("v")
        XCTAssertEqual(values.count, texts.count)
        var mismatches = 0
        for (text, value) in zip(texts, values) where value.bitPattern != reference(text).bitPattern {
            mismatches += 1
            if mismatches < 5 { XCTFail("\(text): \(value) != \(reference(text))") }
        }
        XCTAssertEqual(mismatches, 0)
    }
}

/// A small deterministic random number generator for reproducible tests.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
