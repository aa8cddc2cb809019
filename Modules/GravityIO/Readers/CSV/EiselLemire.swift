/// The Eisel–Lemire algorithm: converts `mantissa × 10^exponent` to the nearest `Double` with
/// one or two 64×64-bit multiplications, or gives up when the result cannot be proven correctly
/// rounded (ties, subnormal or overflowing results, exponents out of range).
///
/// This follows Daniel Lemire, "Number Parsing at a Gigabyte per Second" (2021), in the
/// conservative form of Go's `strconv`: whenever it returns a value, that value equals the
/// correctly rounded conversion, so callers fall back to `strtod` only on `nil`.
enum EiselLemire {
    /// `mantissa × 10^exponent` correctly rounded, for an exact non-zero `mantissa`, or `nil`;
    /// `powers` is ``PowerOfTenTable/words``.
    @inline(__always)
    static func convert(_ mantissa: UInt64, _ exponent: Int, negative: Bool, powers: UnsafePointer<UInt64>) -> Double? {
        guard mantissa != 0, exponent >= PowerOfTenTable.minimumExponent, exponent <= PowerOfTenTable.maximumExponent
        else { return nil }
        let zeros = mantissa.leadingZeroBitCount
        let normalized = mantissa << UInt64(zeros)
        var binaryExponent = UInt64(bitPattern: Int64((217_706 &* exponent) >> 16 &+ 64 &+ 1023)) &- UInt64(zeros)
        let index = 2 * (exponent - PowerOfTenTable.minimumExponent)
        var (high, low) = normalized.multipliedFullWidth(by: powers[index])
        if high & 0x1FF == 0x1FF && low &+ normalized < normalized {
            let (nextHigh, nextLow) = normalized.multipliedFullWidth(by: powers[index + 1])
            var mergedHigh = high
            let mergedLow = low &+ nextHigh
            if mergedLow < low { mergedHigh &+= 1 }
            if mergedHigh & 0x1FF == 0x1FF && mergedLow &+ 1 == 0 && nextLow &+ normalized < normalized { return nil }
            high = mergedHigh
            low = mergedLow
        }
        let topBit = high >> 63
        var significand = high >> (topBit + 9)
        binaryExponent &-= 1 ^ topBit
        if low == 0 && high & 0x1FF == 0 && significand & 3 == 1 { return nil }
        significand += significand & 1
        significand >>= 1
        if significand >> 53 > 0 {
            significand >>= 1
            binaryExponent &+= 1
        }
        if binaryExponent &- 1 >= 0x7FF - 1 { return nil }
        let bits = binaryExponent << 52 | significand & 0x000F_FFFF_FFFF_FFFF | (negative ? 1 << 63 : 0)
        return Double(bitPattern: bits)
    }
}
