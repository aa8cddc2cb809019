#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Correctly rounded conversion of decimal text to `Double`, without allocating.
///
/// Accepted syntax: an optional `+` or `-`, digits with at most one `.` (at least one digit in
/// all), and an optional exponent `e`/`E` with optional sign and at least one digit. Numbers with
/// at most 19 significant digits whose value and power of ten are both exact in binary (Clinger's
/// fast path) are converted with a single correctly rounded multiplication or division; all other
/// numbers go to the C library's `strtod` through a small stack buffer, so every result equals
/// what `strtod` returns, bit for bit. `strtod` is used in the "C" locale that Swift programs
/// run in unless they call `setlocale`.
enum DecimalParser {
    /// Powers of ten that are exact in binary64 (10^0 ... 10^22).
    private static let exactPowers: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]
    /// Largest integer up to which every integer is exact in binary64.
    private static let maxExactInteger: UInt64 = 1 << 53

    /// Parses the longest number at the start of `[start, end)`.
    ///
    /// Returns the value and the position just past the number, or `nil` when the bytes do not
    /// begin with a complete number (so `"1e"` and `"."` are rejected, while `"12ab"` returns 12
    /// and the position of `a`; the caller decides whether trailing bytes are allowed).
    @inline(__always)
    static func parse(_ start: UnsafePointer<UInt8>, _ end: UnsafePointer<UInt8>) -> (value: Double, next: UnsafePointer<UInt8>)? {
        var p = start
        var negative = false
        if p < end && (p.pointee == UInt8(ascii: "-") || p.pointee == UInt8(ascii: "+")) {
            negative = p.pointee == UInt8(ascii: "-")
            p += 1
        }
        var mantissa: UInt64 = 0
        var significantDigits = 0
        var exponent = 0
        var sawDigit = false
        while p < end {
            let digit = p.pointee &- UInt8(ascii: "0")
            if digit > 9 { break }
            sawDigit = true
            if mantissa != 0 || digit != 0 {
                significantDigits += 1
                if significantDigits <= 19 { mantissa = mantissa &* 10 &+ UInt64(digit) } else { exponent += 1 }
            }
            p += 1
        }
        if p < end && p.pointee == UInt8(ascii: ".") {
            p += 1
            while p < end {
                let digit = p.pointee &- UInt8(ascii: "0")
                if digit > 9 { break }
                sawDigit = true
                if mantissa != 0 || digit != 0 {
                    significantDigits += 1
                    if significantDigits <= 19 {
                        mantissa = mantissa &* 10 &+ UInt64(digit)
                        exponent -= 1
                    }
                } else {
                    exponent -= 1
                }
                p += 1
            }
        }
        guard sawDigit else { return nil }
        if p < end && (p.pointee | 0x20) == UInt8(ascii: "e") {
            var q = p + 1
            var exponentNegative = false
            if q < end && (q.pointee == UInt8(ascii: "-") || q.pointee == UInt8(ascii: "+")) {
                exponentNegative = q.pointee == UInt8(ascii: "-")
                q += 1
            }
            var written = 0
            var sawExponentDigit = false
            while q < end {
                let digit = q.pointee &- UInt8(ascii: "0")
                if digit > 9 { break }
                sawExponentDigit = true
                if written < 100_000 { written = written * 10 + Int(digit) }
                q += 1
            }
            guard sawExponentDigit else { return nil }
            exponent += exponentNegative ? -written : written
            p = q
        }
        if mantissa == 0 { return (negative ? -0.0 : 0.0, p) }
        if significantDigits <= 19 && mantissa <= maxExactInteger {
            if let value = clinger(mantissa, exponent) { return (negative ? -value : value, p) }
        }
        return (viaStrtod(start, p), p)
    }

    /// Clinger's fast path: exact when both the integer and the power of ten are exact doubles.
    @inline(__always)
    private static func clinger(_ mantissa: UInt64, _ exponent: Int) -> Double? {
        let m = Double(mantissa)
        if exponent >= 0 {
            if exponent <= 22 { return m * exactPowers[exponent] }
            // Move surplus powers into the integer while it stays exact: 12e30 = 12e8 * 1e22.
            let surplus = exponent - 22
            if surplus <= 22 {
                let scaled = m * exactPowers[surplus]
                if scaled <= Double(maxExactInteger) { return scaled * exactPowers[22] }
            }
            return nil
        }
        if exponent >= -22 { return m / exactPowers[-exponent] }
        return nil
    }

    /// Converts the validated number in `[start, end)` with `strtod` via a stack buffer.
    private static func viaStrtod(_ start: UnsafePointer<UInt8>, _ end: UnsafePointer<UInt8>) -> Double {
        let length = end - start
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: length + 1) { buffer in
            let base = buffer.baseAddress!
            UnsafeMutableRawPointer(base).copyMemory(from: start, byteCount: length)
            base[length] = 0
            return strtod(base, nil)
        }
    }
}
