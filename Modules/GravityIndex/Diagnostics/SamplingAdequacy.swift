import GravityLinearAlgebra

/// The Kaiser-Meyer-Olkin measure of sampling adequacy, overall and per variable (MSA).
///
/// With `r` the correlations and `q_ij = -v_ij / sqrt(v_ii v_jj)` the partial correlations from
/// the inverse `V` of the correlation matrix, variable j's MSA is
/// `sum_i r_ij^2 / (sum_i r_ij^2 + sum_i q_ij^2)` over `i != j`, and the overall KMO is the same
/// ratio summed over every pair. Values near 1 say the correlations are mostly shared; Kaiser's
/// rule of thumb asks for at least 0.5, and 0.6 or more for a factor analysis.
public struct SamplingAdequacy: Sendable, Equatable {
    /// The overall KMO.
    public let overall: Double
    /// The MSA of each variable, in column order.
    public let perVariable: [Double]
    /// The partial correlations of each pair given all other variables (zero diagonal).
    public let partialCorrelations: Matrix

    /// The KMO of the correlation matrix `correlation` whose inverse is `inverse`.
    public init(correlation: Matrix, inverse: Matrix) {
        let p = correlation.rows
        var partial = Matrix(rows: p, columns: p)
        var columnR = [Double](repeating: 0, count: p), columnQ = [Double](repeating: 0, count: p)
        for j in 0..<p {
            for i in 0..<p where i != j {
                let q = -inverse[i, j] / (inverse[i, i] * inverse[j, j]).squareRoot()
                partial[i, j] = q
                columnR[j] += correlation[i, j] * correlation[i, j]
                columnQ[j] += q * q
            }
        }
        let totalR = columnR.reduce(0, +), totalQ = columnQ.reduce(0, +)
        overall = totalR / (totalR + totalQ)
        perVariable = (0..<p).map { columnR[$0] / (columnR[$0] + columnQ[$0]) }
        partialCorrelations = partial
    }

    /// Kaiser's (1974) label for a KMO value: marvelous, meritorious, middling, mediocre, miserable
    /// or unacceptable.
    public static func verdict(_ value: Double) -> String {
        guard value.isFinite else { return "undefined" }
        switch value {
        case 0.9...: return "marvelous"
        case 0.8..<0.9: return "meritorious"
        case 0.7..<0.8: return "middling"
        case 0.6..<0.7: return "mediocre"
        case 0.5..<0.6: return "miserable"
        default: return "unacceptable"
        }
    }
}
