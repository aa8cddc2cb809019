import GravityLinearAlgebra

extension Sandwich {
    /// `compute(design, residuals, bread)` on a design whose extreme columns (and residuals) were
    /// divided by powers of two, with the result scaled back, so that the meat's squares and
    /// cross-products neither overflow nor underflow where the covariance itself is representable.
    /// Without extreme columns or residuals, `compute` runs on the inputs as given.
    public static func equilibrated(design: Matrix, residuals: [Double], bread: Matrix,
                                    _ compute: (Matrix, [Double], Matrix) -> Matrix) -> Matrix {
        let columns = design.equilibratedColumns()
        let residualExponent = ColumnScales.exponent(of: residuals)
        guard columns != nil || residualExponent != 0 else { return compute(design, residuals, bread) }
        let e = columns?.exponents ?? [Int](repeating: 0, count: design.columns)
        var scaledBread = bread
        for j in 0..<bread.columns {
            for i in 0..<bread.rows { scaledBread[i, j] = ColumnScales.scale(bread[i, j], byPowerOfTwo: e[i] + e[j]) }
        }
        let scaledResiduals = residualExponent == 0 ? residuals : residuals.map { ColumnScales.scale($0, byPowerOfTwo: -residualExponent) }
        var covariance = compute(columns?.matrix ?? design, scaledResiduals, scaledBread)
        for j in 0..<covariance.columns {
            for i in 0..<covariance.rows {
                covariance[i, j] = ColumnScales.scale(covariance[i, j], byPowerOfTwo: 2 * residualExponent - e[i] - e[j])
            }
        }
        return covariance
    }
}
