import GravityLinearAlgebra

/// Building blocks of sandwich covariance estimators: bread (X'X)^-1, meat X' Omega X, and their product.
public enum Sandwich {
    /// The meat `sum_i w_i u_i^2 x_i x_i'` of the heteroskedasticity-consistent estimator.
    /// `weights` (for example 1/(1-h_ii) for HC2) default to one.
    public static func heteroskedasticMeat(design: Matrix, residuals: [Double], weights: [Double]? = nil) -> Matrix {
        let n = design.rows, k = design.columns
        var scaled = [Double](repeating: 0, count: n)
        for i in 0..<n { scaled[i] = residuals[i] * residuals[i] * (weights?[i] ?? 1) }
        var meat = Matrix(rows: k, columns: k)
        design.values.withUnsafeBufferPointer { x in
            for a in 0..<k {
                for b in 0...a {
                    var sum = 0.0
                    let xa = a * n, xb = b * n
                    for i in 0..<n { sum += x[xa + i] * x[xb + i] * scaled[i] }
                    meat[a, b] = sum
                    meat[b, a] = sum
                }
            }
        }
        return meat
    }

    /// The per-cluster score sums `s_g = sum_{i in g} x_i u_i`, a clusters-by-k matrix, in one pass.
    public static func clusterScores(design: Matrix, residuals: [Double], clusters: [Int32], clusterCount: Int) -> Matrix {
        let n = design.rows, k = design.columns
        var scores = Matrix(rows: clusterCount, columns: k)
        design.values.withUnsafeBufferPointer { x in
            scores.values.withUnsafeMutableBufferPointer { s in
                for j in 0..<k {
                    let xj = j * n, sj = j * clusterCount
                    for i in 0..<n { s[sj + Int(clusters[i])] += x[xj + i] * residuals[i] }
                }
            }
        }
        return scores
    }

    /// The cluster meat `sum_g s_g s_g'`.
    public static func clusterMeat(design: Matrix, residuals: [Double], clusters: [Int32], clusterCount: Int) -> Matrix {
        clusterScores(design: design, residuals: residuals, clusters: clusters, clusterCount: clusterCount).crossProduct()
    }

    /// The sandwich `B M B` for a symmetric bread `B`.
    public static func sandwich(bread: Matrix, meat: Matrix) -> Matrix {
        symmetrized(bread * meat * bread)
    }

    /// The diagonal of the hat matrix, `h_ii = x_i' B x_i`.
    public static func leverages(design: Matrix, bread: Matrix) -> [Double] {
        let n = design.rows, k = design.columns
        var h = [Double](repeating: 0, count: n)
        let xb = design * bread
        design.values.withUnsafeBufferPointer { x in
            xb.values.withUnsafeBufferPointer { z in
                for j in 0..<k {
                    let base = j * n
                    for i in 0..<n { h[i] += x[base + i] * z[base + i] }
                }
            }
        }
        return h
    }

    /// `(A + A') / 2`, removing rounding asymmetry.
    public static func symmetrized(_ a: Matrix) -> Matrix {
        var s = a
        for i in 0..<a.rows {
            for j in 0..<i {
                let mean = (a[i, j] + a[j, i]) / 2
                s[i, j] = mean
                s[j, i] = mean
            }
        }
        return s
    }
}
