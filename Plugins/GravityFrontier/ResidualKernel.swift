import GravityLinearAlgebra

/// Row-range passes over column-major designs shared by the frontier likelihoods.
enum ResidualKernel {
    /// `y - X b` over `rows`, written to `output` (which has `rows.count` entries).
    @inline(__always)
    static func residuals(response: UnsafeBufferPointer<Double>, design: UnsafeBufferPointer<Double>, rowCount: Int,
                          coefficients: [Double], rows: Range<Int>, into output: UnsafeMutablePointer<Double>) {
        let start = rows.lowerBound, length = rows.count
        for i in 0..<length { output[i] = response[start + i] }
        for (j, b) in coefficients.enumerated() where b != 0 {
            let column = design.baseAddress! + j * rowCount + start
            for i in 0..<length { output[i] -= b * column[i] }
        }
    }

    /// `Z d` over `rows`, written to `output`.
    @inline(__always)
    static func linearPredictor(design: UnsafeBufferPointer<Double>, rowCount: Int, coefficients: [Double],
                                rows: Range<Int>, into output: UnsafeMutablePointer<Double>) {
        let start = rows.lowerBound, length = rows.count
        for i in 0..<length { output[i] = 0 }
        for (j, b) in coefficients.enumerated() where b != 0 {
            let column = design.baseAddress! + j * rowCount + start
            for i in 0..<length { output[i] += b * column[i] }
        }
    }

    /// Adds `sign * Σ_i X[i, j] w[i]` over `rows` to `output[j]` for every column `j`.
    @inline(__always)
    static func accumulateCrossProduct(design: UnsafeBufferPointer<Double>, rowCount: Int, columns: Int, weights: UnsafePointer<Double>,
                                       rows: Range<Int>, sign: Double, into output: UnsafeMutablePointer<Double>) {
        let start = rows.lowerBound, length = rows.count
        for j in 0..<columns {
            let column = design.baseAddress! + j * rowCount + start
            var sum = 0.0
            for i in 0..<length { sum += column[i] * weights[i] }
            output[j] += sign * sum
        }
    }
}
