/// 128-bit approximations of the powers of ten 10^-348 ... 10^347, for ``EiselLemire``.
///
/// Entry `e` is the binary significand of 10^e scaled into [2^127, 2^128) and rounded down,
/// stored as its high and low 64-bit words. The table is computed once, on first use, with exact
/// big-integer arithmetic: powers of five for e ≥ 0, and 2^1152 divided by five again and again
/// for e < 0 (powers of two only move the binary point, so they are left out).
enum PowerOfTenTable {
    /// Smallest power of ten in the table.
    static let minimumExponent = -348
    /// Largest power of ten in the table.
    static let maximumExponent = 347

    /// Words `[2 * (e - minimumExponent)]` (high) and `[2 * (e - minimumExponent) + 1]` (low).
    ///
    /// The storage is never freed, so the pointer stays valid; hot loops read it once and pass it
    /// on, which spares them the lazy-initialisation check of every access to a global. It is
    /// only read after initialisation, hence `nonisolated(unsafe)`.
    nonisolated(unsafe) static let words: UnsafePointer<UInt64> = {
        var words = [UInt64](repeating: 0, count: 2 * (maximumExponent - minimumExponent + 1))
        // Negative powers: floor(2^1152 / 5^n), little-endian words; rounding down at each
        // division gives floor(2^1152 / 5^n) exactly.
        var reciprocal = [UInt64](repeating: 0, count: 19)
        reciprocal[18] = 1
        for n in 1...(-minimumExponent) {
            var remainder: UInt64 = 0
            for index in stride(from: reciprocal.count - 1, through: 0, by: -1) {
                let (quotient, rest) = UInt64(5).dividingFullWidth((remainder, reciprocal[index]))
                reciprocal[index] = quotient
                remainder = rest
            }
            store(top128(of: reciprocal), at: 2 * (-n - minimumExponent), in: &words)
        }
        // Non-negative powers: 5^e.
        var power = [UInt64](repeating: 0, count: 14)
        power[0] = 1
        for e in 0...maximumExponent {
            if e > 0 {
                var carry: UInt64 = 0
                for index in power.indices {
                    let (high, low) = power[index].multipliedFullWidth(by: 5)
                    let (sum, overflow) = low.addingReportingOverflow(carry)
                    power[index] = sum
                    carry = high &+ (overflow ? 1 : 0)
                }
            }
            store(top128(of: power), at: 2 * (e - minimumExponent), in: &words)
        }
        let storage = UnsafeMutablePointer<UInt64>.allocate(capacity: words.count)
        storage.initialize(from: words, count: words.count)
        return UnsafePointer(storage)
    }()

    private static func store(_ value: (high: UInt64, low: UInt64), at index: Int, in words: inout [UInt64]) {
        words[index] = value.high
        words[index + 1] = value.low
    }

    /// The 128 most significant bits of the non-zero little-endian number `words`, rounded down,
    /// shifted so that the top bit is set.
    private static func top128(of words: [UInt64]) -> (high: UInt64, low: UInt64) {
        var top = words.count - 1
        while words[top] == 0 { top -= 1 }
        let shift = words[top].leadingZeroBitCount
        func word(_ index: Int) -> UInt64 { index >= 0 ? words[index] : 0 }
        func shifted(_ index: Int) -> UInt64 {
            shift == 0 ? word(index) : word(index) << UInt64(shift) | word(index - 1) >> UInt64(64 - shift)
        }
        return (shifted(top), shifted(top - 1))
    }
}
