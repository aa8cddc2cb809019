import Foundation
import GravityLinearAlgebra

/// The entropy weight method on min-max normalised indicators.
///
/// With `y_ij = (x_ij - min_j) / (max_j - min_j)` (cost indicators already reversed, so this is
/// `(max_j - x_ij) / (max_j - min_j)` for them), shares `p_ij = y_ij / sum_i y_ij`, entropy
/// `e_j = -(1 / ln n) sum_i p_ij ln p_ij` (with `0 ln 0 = 0`), divergence `d_j = 1 - e_j` and
/// weight `w_j = d_j / sum_k d_k`. An indicator spread evenly over the rows has entropy near 1
/// and little weight; a concentrated one carries more.
public struct EntropyWeighting: Sendable, Equatable {
    /// Entropy of each indicator, in [0, 1].
    public let entropy: [Double]
    /// Divergence `1 - entropy` of each indicator.
    public let divergence: [Double]
    /// Weight of each indicator.
    public let weights: [Double]

    /// The entropy weights of the normalised indicators `normalised`.
    init(_ normalised: MinMaxNormalisation) {
        let x = normalised.values
        let n = x.rows, p = x.columns
        let center = normalised.minimum, scale = normalised.scale
        let sums = x.values.withUnsafeBufferPointer { buffer in
            let data = SharedColumns(base: buffer.baseAddress!, rows: n)
            return RowBlockSweep.sums(rows: n, partialCount: 2 * p) { range, scratch in
                for j in 0..<p {
                    let column = data.column(j)
                    var total = 0.0, weighted = 0.0
                    for i in range {
                        let y = (column[i] - center[j]) * scale[j]
                        total += y
                        if y > 0 { weighted += y * log(y) }
                    }
                    scratch[j] = total
                    scratch[p + j] = weighted
                }
            }
        }
        let logN = log(Double(n))
        entropy = (0..<p).map { j in
            let total = sums[j]
            return -(sums[p + j] / total - log(total)) / logN
        }
        divergence = entropy.map { 1 - $0 }
        let totalDivergence = divergence.reduce(0, +)
        weights = divergence.map { $0 / totalDivergence }
    }
}
