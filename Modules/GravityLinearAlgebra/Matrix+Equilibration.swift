extension Matrix {
    /// The matrix with every column whose largest magnitude lies outside [2^-200, 2^200] divided
    /// by the power of two nearest that magnitude, and the exponent used per column (0 where a
    /// column was left alone); nil when no column needs it. Squares and cross-products of the
    /// result stay inside the range of doubles, and dividing by a power of two is exact.
    public func equilibratedColumns() -> (matrix: Matrix, exponents: [Int])? {
        var exponents = [Int](repeating: 0, count: columns)
        values.withUnsafeBufferPointer { values in
            for j in 0..<columns {
                var largest = 0.0
                for i in 0..<rows { largest = Swift.max(largest, abs(values[j * rows + i])) }
                if largest > 0, largest.isFinite, largest > 0x1p200 || largest < 0x1p-200 { exponents[j] = Int(largest.exponent) }
            }
        }
        guard exponents.contains(where: { $0 != 0 }) else { return nil }
        var scaled = self
        for j in 0..<columns where exponents[j] != 0 {
            let factor = ColumnScales.powerOfTwo(-exponents[j])
            for i in 0..<rows { scaled[i, j] *= factor }
        }
        return (scaled, exponents)
    }
}
