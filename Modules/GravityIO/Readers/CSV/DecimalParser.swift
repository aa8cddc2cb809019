#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Correctly rounded conversion of decimal text to `Double`, without allocating.
///
/// Accepted syntax: an optional `+` or `-`, digits with at most one `.` (at least one digit in
/// all), and an optional exponent `e`/`E` with optional sign and at least one digit. Integers of
/// at most 19 digits are converted directly by ``integer(_:_:)``, which parsing loops try first;
/// numbers with at most 19 significant digits whose value and power of ten are both exact in
/// binary (Clinger's fast path) are converted with one correctly rounded multiplication or
/// division; other numbers with at most 19 significant digits go through ``EiselLemire`` (two
/// 64-bit multiplications at most); the rest, and the rare cases that algorithm declines, go to the C
/// library's `strtod` through a small stack buffer, so every result equals what `strtod`
/// returns, bit for bit. `strtod` is used in the "C" locale that Swift programs run in unless
/// they call `setlocale`.
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
    /// and the position of `a`; the caller decides whether trailing bytes are allowed). Loops
    /// pass ``PowerOfTenTable/words`` as `powers` after reading it once.
    @inline(__always)
    static func parse(
        _ start: UnsafePointer<UInt8>, _ end: UnsafePointer<UInt8>, powers: UnsafePointer<UInt64> = PowerOfTenTable.words
    ) -> (value: Double, next: UnsafePointer<UInt8>)? {
        var p = start
        var negative = false
        if p < end && (p.pointee == UInt8(ascii: "-") || p.pointee == UInt8(ascii: "+")) {
            negative = p.pointee == UInt8(ascii: "-")
            p += 1
        }
        // Every digit goes into `mantissa` (wrapping past 19 digits; such numbers are re-counted
        // below and left to `strtod` when more than 19 of their digits are significant).
        var mantissa: UInt64 = 0
        let integerStart = p
        accumulateDigits(&p, end, into: &mantissa)
        var digitCount = p - integerStart
        var exponent = 0
        if p < end && p.pointee == UInt8(ascii: ".") {
            p += 1
            let fractionStart = p
            while end - p >= 8, let eight = eightDigits(p) {
                mantissa = mantissa &* 100_000_000 &+ eight
                p += 8
            }
            accumulateDigits(&p, end, into: &mantissa)
            exponent = fractionStart - p
            digitCount -= exponent
        }
        guard digitCount > 0 else { return nil }
        var significantDigits = digitCount
        if digitCount > 19 {
            var q = integerStart
            while q < p && (q.pointee == UInt8(ascii: "0") || q.pointee == UInt8(ascii: ".")) {
                if q.pointee == UInt8(ascii: "0") { significantDigits -= 1 }
                q += 1
            }
        }
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
        if significantDigits > 19 { return (viaStrtod(start, p), p) }
        if mantissa == 0 { return (negative ? -0.0 : 0.0, p) }
        if mantissa <= maxExactInteger, let value = clinger(mantissa, exponent) { return (negative ? -value : value, p) }
        if let value = EiselLemire.convert(mantissa, exponent, negative: negative, powers: powers) { return (value, p) }
        return (viaStrtod(start, p), p)
    }

    /// The integer at the start of `[start, end)` when it has an optional sign and at most 19
    /// digits and is not followed by a decimal point or an exponent (identifiers, codes, counts),
    /// or `nil` for any other text, which ``parse(_:_:powers:)`` reads. The conversion of the exact
    /// integer rounds correctly (exact up to 2^53), as `strtod` does. Small enough to be inlined
    /// into parsing loops, which call it before ``parse(_:_:powers:)``.
    @inline(__always)
    static func integer(_ start: UnsafePointer<UInt8>, _ end: UnsafePointer<UInt8>) -> (value: Double, next: UnsafePointer<UInt8>)? {
        var p = start
        let negative = p < end && p.pointee == UInt8(ascii: "-")
        if p < end && (negative || p.pointee == UInt8(ascii: "+")) { p += 1 }
        let digitsStart = p
        var mantissa: UInt64 = 0
        accumulateDigits(&p, end, into: &mantissa)
        let digitCount = p - digitsStart
        guard digitCount > 0 && digitCount <= 19 else { return nil }
        if p < end && (p.pointee == UInt8(ascii: ".") || p.pointee | 0x20 == UInt8(ascii: "e")) { return nil }
        // Below 10^18 the integer is a positive Int64, whose conversion is one instruction.
        let value = digitCount <= 18 ? Double(Int64(bitPattern: mantissa)) : Double(mantissa)
        return (negative ? -value : value, p)
    }

    /// Appends the ASCII digits from `p` on to `mantissa` (wrapping past 19 digits), leaving `p`
    /// at the first byte that is not a digit.
    @inline(__always)
    private static func accumulateDigits(_ p: inout UnsafePointer<UInt8>, _ end: UnsafePointer<UInt8>, into mantissa: inout UInt64) {
        while p < end {
            let digit = p.pointee &- UInt8(ascii: "0")
            if digit > 9 { break }
            mantissa = mantissa &* 10 &+ UInt64(digit)
            p += 1
        }
    }

    /// The value of the eight ASCII digits at `p`, or `nil` when some byte is not a digit
    /// (SWAR: all eight bytes are checked and combined with three multiplications).
    @inline(__always)
    private static func eightDigits(_ p: UnsafePointer<UInt8>) -> UInt64? {
        let word = UInt64(littleEndian: UnsafeRawPointer(p).loadUnaligned(as: UInt64.self))
        guard ((word &+ 0x4646_4646_4646_4646) | (word &- 0x3030_3030_3030_3030)) & 0x8080_8080_8080_8080 == 0 else { return nil }
        var value = word &- 0x3030_3030_3030_3030
        value = value &* 10 &+ (value >> 8)
        let mask: UInt64 = 0x0000_00FF_0000_00FF
        value = ((value & mask) &* 0x000F_4240_0000_0064 &+ ((value >> 16) & mask) &* 0x0000_2710_0000_0001) >> 32
        return value & 0xFFFF_FFFF
    }

    /// Clinger's fast path: exact when both the integer and the power of ten are exact doubles,
    /// so one multiplication (or, for a negative `exponent`, one division) rounds correctly.
    @inline(__always)
    private static func clinger(_ mantissa: UInt64, _ exponent: Int) -> Double? {
        let m = Double(Int64(bitPattern: mantissa))  // at most 2^53
        if exponent < 0 { return exponent >= -22 ? m / exactPowers[-exponent] : nil }
        if exponent <= 22 { return m * exactPowers[exponent] }
        // Move surplus powers into the integer while it stays exact: 12e30 = 12e8 * 1e22.
        let surplus = exponent - 22
        if surplus <= 22 {
            let scaled = m * exactPowers[surplus]
            if scaled <= Double(maxExactInteger) { return scaled * exactPowers[22] }
        }
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
