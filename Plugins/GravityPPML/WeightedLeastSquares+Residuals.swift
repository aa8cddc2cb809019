extension WeightedLeastSquares {
    /// Residuals `e_i = v_0i - sum_j b_j v_ji` of the buffer's columns `v`.
    struct Residuals {
        let base: UnsafePointer<Double>
        let rowCount: Int
        let coefficients: [Double]

        @inline(__always)
        subscript(_ i: Int) -> Double {
            var e = base[i]
            for (j, b) in coefficients.enumerated() { e -= b * base[(1 &+ j) &* rowCount &+ i] }
            return e
        }
    }
}
