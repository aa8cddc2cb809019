import GravityCore
import GravityLinearAlgebra

/// The covariance of pseudo-maximum-likelihood coefficients: the inverse information B =
/// (X'WX)^-1 (regressors with the fixed effects projected out under the working weights W), or
/// the sandwich B (sum s_i^2 x_i x_i') B with score factors s_i, times a small-sample factor.
struct PPMLCovariance {
    let matrix: Matrix
    let label: String

    /// - Parameters:
    ///   - parameterCount: K of fixest's robust factor: coefficients plus absorbed fixed effects.
    ///   - clusterParameterCount: K of fixest's clustered factor, where fixed effects nested in
    ///     the cluster variable count one parameter each.
    init(specification: CovarianceSpecification, design: Matrix, bread: Matrix, scores: [Double], dispersion: Double,
         clusters: [Grouping], parameterCount: Int, clusterParameterCount: Int, convention: SmallSampleConvention) throws {
        let n = design.rows
        switch specification {
        case .classical:
            matrix = dispersion * bread
            label = dispersion == 1 ? "model-based (inverse information)" : "model-based (inverse information times the Pearson dispersion \(dispersion))"
        case .heteroskedastic(let type):
            guard type == .hc0 || type == .hc1 else {
                throw GravityError.invalidOption("ppml takes robust (hc1) or hc0 standard errors, not \(type.rawValue): leverage corrections are not defined for it.")
            }
            let meat = Sandwich.heteroskedasticMeat(design: design, residuals: scores)
            let factor: Double
            switch (type, convention) {
            case (.hc0, _): factor = 1
            case (_, .fixest): factor = Double(n) / Double(n - parameterCount)
            case (_, .stata): factor = Double(n) / Double(n - 1)
            }
            matrix = factor * Sandwich.sandwich(bread: bread, meat: meat)
            label = type == .hc0
                ? "heteroskedasticity-robust HC0 (no small-sample factor)"
                : convention == .fixest
                    ? "heteroskedasticity-robust, ssc=fixest: N/(N-K) with N = \(n), K = \(parameterCount)"
                    : "heteroskedasticity-robust, ssc=stata (ppml/glm): N/(N-1) with N = \(n)"
        case .cluster(let columns):
            if let tooFew = clusters.first(where: { $0.count < 2 }) {
                throw GravityError.invalidInput("Clustering by `\(tooFew.name)` needs at least two clusters; the sample has \(tooFew.count).")
            }
            let k = clusterParameterCount
            matrix = RobustCovariance.cluster(design: design, residuals: scores, bread: bread, clusters: clusters) { g in
                convention == .fixest ? Double(g) / Double(g - 1) * Double(n - 1) / Double(n - k) : Double(g) / Double(g - 1)
            }
            let counts = clusters.map { "G = \($0.count) \($0.name) clusters" }.joined(separator: ", ")
            label = convention == .fixest
                ? "cluster-robust by \(columns.joined(separator: " and ")) (\(counts)), ssc=fixest: G/(G-1)(N-1)/(N-K) with N = \(n), K = \(k)"
                : "cluster-robust by \(columns.joined(separator: " and ")) (\(counts)), ssc=stata (ppml/glm): G/(G-1)"
        }
    }
}
