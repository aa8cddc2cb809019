import Foundation
import GravityCore
import GravityIO
import XCTest

/// Stata files patched from the fixtures: duplicate variable names, and text values that are
/// equal under Unicode canonical equivalence.
final class DTANamesAndLevelsTests: XCTestCase {
    /// The v118 fixture with `patch` applied, written to a temporary file.
    private func patched(_ patch: (inout [UInt8]) throws -> Void) throws -> String {
        var bytes = try Array(Data(contentsOf: URL(fileURLWithPath: TestSupport.fixture("v118_lsf.dta"))))
        try patch(&bytes)
        let path = try temporaryPath("patched.dta")
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    private func offset(of pattern: String, in bytes: [UInt8], after start: Int = 0) throws -> Int {
        let needle = Array(pattern.utf8)
        let found = (start...(bytes.count - needle.count)).first { Array(bytes[$0..<($0 + needle.count)]) == needle }
        return try XCTUnwrap(found, "`\(pattern)` not found")
    }

    func testDuplicateVariableNamesNameTheFile() throws {
        // Variable names are 129-byte fields after <varnames>; the second (`i`) becomes `b`.
        let path = try patched { bytes in
            let names = try offset(of: "<varnames>", in: bytes) + "<varnames>".utf8.count
            XCTAssertEqual(bytes[names + 129], UInt8(ascii: "i"))
            bytes[names + 129] = UInt8(ascii: "b")
        }
        XCTAssertThrowsError(try DTAReader.read(path: path)) { error in
            guard case GravityError.fileFormat(let message, let errorPath, _, _) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(errorPath, path)
            XCTAssertTrue(message.contains("both named `b`"), message)
        }
    }

    func testCanonicallyEquivalentTextIsOneLevel() throws {
        // Row 5 of `s` holds `ok`; it becomes `Côte` with a combining circumflex, equal to row 4's precomposed `Côte`.
        let path = try patched { bytes in
            let data = try offset(of: "<data>", in: bytes)
            let ok = try offset(of: "ok\u{0}", in: bytes, after: data)
            let decomposed = Array("Co\u{0302}te".utf8)
            bytes.replaceSubrange(ok..<(ok + decomposed.count), with: decomposed)
        }
        let dataset = try DTAReader.read(path: path)
        guard case .text(let codes, let levels) = try dataset.column("s") else { return XCTFail("s is not text") }
        XCTAssertEqual(levels.count, 3, "\(levels)")
        XCTAssertEqual(codes[3], codes[4])
    }
}
