import GravityCore
import GravityLinearAlgebra

/// The covariance of a panel estimator's coefficients, from the least-squares fit on its
/// transformed data: classical, or cluster-robust in one of the ``ClusterConvention``s.
struct PanelCovariance {
    /// The covariance matrix, in the fit's term order.
    let matrix: Matrix
    /// How it was computed, for the output.
    let label: String
    /// The reference distribution of the coefficient tests.
    let inference: Inference

    /// - Parameters:
    ///   - fit: the fit on the transformed data (design, residuals, bread).
    ///   - residualVariance: the classical error variance estimate.
    ///   - dfResidual: residual degrees of freedom of the classical t tests.
    ///   - clusters: the cluster groupings aligned to the fit's rows (cluster requests only).
    ///   - absorbsConstant: whether Stata would report a constant not in the fit (`fe`).
    ///   - asymptotic: whether tests are z tests whatever the covariance (`re`, as plm and Stata).
    init(specification: CovarianceSpecification, convention: ClusterConvention, fit: LeastSquaresFit, residualVariance: Double,
         dfResidual: Int, clusters: [Grouping], absorbsConstant: Bool, asymptotic: Bool) throws {
        switch specification {
        case .heteroskedastic(let type):
            throw GravityError.invalidOption("Panel estimators take classical or cluster-robust standard errors, not `\(type.rawValue)`; within units errors are correlated, so use cluster:<unit column> (what Stata's xtreg vce(robust) computes).")
        case .classical:
            matrix = residualVariance * fit.bread
            label = "classical"
            inference = asymptotic ? .normal : .studentT(Double(dfResidual))
        case .cluster(let columns):
            if let tooFew = clusters.first(where: { $0.count < 2 }) {
                throw GravityError.invalidInput("Clustering by `\(tooFew.name)` needs at least two clusters; the sample has \(tooFew.count).")
            }
            let n = fit.residuals.count, k = fit.rank
            matrix = RobustCovariance.cluster(design: fit.design, residuals: fit.residuals, bread: fit.bread, clusters: clusters) { g in
                convention.factor(clusters: g, observations: n, coefficients: k, absorbsConstant: absorbsConstant)
            }
            let fewest = clusters.map(\.count).min()!
            let counts = clusters.map { "\($0.count) \($0.name) clusters" }.joined(separator: ", ")
            if asymptotic {
                inference = .normal
            } else if convention == .stata {
                inference = .studentT(Double(fewest - 1))
            } else {
                inference = .studentT(Double(dfResidual))
            }
            let reference: String
            switch inference {
            case .normal: reference = "z tests"
            case .studentT(let df): reference = "p-values from t(\(Int(df)))"
            }
            label = "cluster-robust by \(columns.joined(separator: " and ")) (\(counts)); factor \(convention.formula); \(reference)"
        }
    }
}

extension PanelCovariance {
    /// The joint test that the slopes of `fit` (every term but the intercept) are zero under this
    /// covariance: F on (slopes, df) when the coefficient tests are t tests, chi-square otherwise.
    func slopesTest(_ fit: LeastSquaresFit) -> TestResult? {
        let slopes = fit.terms.indices.filter { fit.terms[$0] != "(Intercept)" }
        let robust = label == "classical" ? "" : ", cluster-robust"
        switch inference {
        case .studentT(let df):
            return WaldTest.zeroRestriction(name: (robust.isEmpty ? "F test" : "Wald F test") + " (all slopes zero\(robust))",
                                            estimates: fit.coefficients, covariance: matrix, indices: slopes, denominatorDF: df)
        case .normal:
            return WaldTest.zeroRestriction(name: "Wald test (all slopes zero\(robust))", estimates: fit.coefficients, covariance: matrix,
                                            indices: slopes, denominatorDF: nil)
        }
    }
}
