import GravityCore
import GravityLinearAlgebra

/// The covariance of OLS coefficients for a requested specification, with its label and the
/// degrees of freedom of the t distribution used for inference.
struct OLSCovariance {
    let matrix: Matrix
    let label: String
    let inferenceDF: Double

    init(specification: CovarianceSpecification, fit: LeastSquaresFit, frame: ModelFrame, summary: LinearModelSummary) throws {
        let n = frame.observationCount, k = fit.rank
        let dfResidual = summary.dfResidual
        switch specification {
        case .classical:
            matrix = (summary.sigma * summary.sigma) * fit.bread
            label = "classical"
            inferenceDF = Double(dfResidual)
        case .heteroskedastic(let type):
            matrix = RobustCovariance.heteroskedastic(type, design: fit.design, residuals: fit.residuals, bread: fit.bread, dfResidual: dfResidual)
            label = "heteroskedasticity-robust \(type.rawValue.uppercased())" + (type == .hc1 ? " (n/(n-k), as Stata vce(robust))" : "")
            inferenceDF = Double(dfResidual)
        case .cluster(let columns):
            let groupings = columns.map { frame.groups[$0]! }
            if let tooFew = groupings.first(where: { $0.count < 2 }) {
                throw GravityError.invalidInput("Clustering by `\(tooFew.name)` needs at least two clusters; the sample has \(tooFew.count).")
            }
            let smallSample = Double(n - 1) / Double(n - k)
            matrix = RobustCovariance.cluster(design: fit.design, residuals: fit.residuals, bread: fit.bread, clusters: groupings) { g in
                Double(g) / Double(g - 1) * smallSample
            }
            let counts = groupings.map { "\($0.count) \($0.name) clusters" }.joined(separator: ", ")
            let minimum = groupings.map(\.count).min()!
            label = "cluster-robust by \(columns.joined(separator: " and ")) (\(counts)); factor G/(G-1)*(N-1)/(N-K) as Stata regress vce(cluster) and R sandwich::vcovCL(type=\"HC1\"); p-values from t(G-1) = t(\(minimum - 1))"
            inferenceDF = Double(minimum - 1)
        }
    }
}
