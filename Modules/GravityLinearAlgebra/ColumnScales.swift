/// Power-of-two scales that bring every column of a design to a largest magnitude in [1, 2)
/// before the QR decomposition squares and multiplies its entries.
///
/// Without them a column of values near 1e160 overflows its sum of squares and one near 1e-200
/// underflows it, so coefficients come out wrong or not at all although the answer is a perfectly
/// representable number. Dividing by a power of two is exact, so a scaled decomposition gives
/// the same digits as an unscaled one wherever both work. Columns whose sums of squares are
/// comfortably inside the range of doubles (the usual case) are left alone, so the common path
/// costs nothing.
public struct ColumnScales: Sendable, Equatable {
    /// Column `j` was divided by `2^exponents[j]` (0 for columns left alone).
    public let exponents: [Int]

    /// Scales for the columns whose sums of squares (`sumsOfSquares`, from a first pass) are not
    /// safely inside the range of doubles; nil when every column is.
    init?(_ x: Matrix, sumsOfSquares: [Double]) {
        let unsafe = sumsOfSquares.indices.filter { !Self.isSafe(sumOfSquares: sumsOfSquares[$0]) }
        guard !unsafe.isEmpty else { return nil }
        var exponents = [Int](repeating: 0, count: x.columns)
        x.values.withUnsafeBufferPointer { values in
            for j in unsafe {
                var largest = 0.0
                for i in 0..<x.rows { largest = Swift.max(largest, abs(values[j * x.rows + i])) }
                if largest > 0 && largest.isFinite { exponents[j] = Int(largest.exponent) }
            }
        }
        guard exponents.contains(where: { $0 != 0 }) else { return nil }
        self.exponents = exponents
    }

    /// A sum of squares is safe when it is far from overflow and from the subnormal range (a
    /// zero sum is checked: its values may be zeros or may have underflowed).
    static func isSafe(sumOfSquares s: Double) -> Bool {
        s >= 0x1p-500 && s <= 0x1p500
    }

    /// `2^exponent`, exactly (subnormal powers included).
    @inline(__always)
    static func powerOfTwo(_ exponent: Int) -> Double {
        Double(sign: .plus, exponent: exponent, significand: 1)
    }

    /// `value * 2^exponent`, rounded once.
    @inline(__always)
    public static func scale(_ value: Double, byPowerOfTwo exponent: Int) -> Double {
        exponent == 0 ? value : Double(sign: .plus, exponent: exponent, significand: value)
    }

    /// The exponent bringing the largest magnitude of `values` into [1, 2), when their sum of
    /// squares is unsafe; 0 otherwise.
    public static func exponent(of values: [Double]) -> Int {
        var sumOfSquares = 0.0, largest = 0.0
        for v in values {
            sumOfSquares += v * v
            largest = Swift.max(largest, abs(v))
        }
        guard !isSafe(sumOfSquares: sumOfSquares), largest > 0, largest.isFinite else { return 0 }
        return Int(largest.exponent)
    }
}
