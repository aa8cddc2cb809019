import GravityKit

/// A stand-in for the baseline PPML that returns given coefficients and covariance for the cost
/// terms of any formula, so that tests can check the cost and scenario handling and the bootstrap
/// without depending on an estimator's convergence.
struct FixedCoefficientsEstimator: Estimator {
    let coefficients: [Double]
    let covariance: Matrix

    var descriptor: EstimatorDescriptor {
        EstimatorDescriptor(name: "fixed-coefficients", summary: "returns given coefficients", covarianceKinds: [.classical, .heteroskedasticity, .cluster])
    }

    func fit(_ data: Dataset, request: FitRequest, options: EstimatorOptions) throws -> EstimationResult {
        EstimationResult(model: descriptor.name, formula: request.formula.text, responseName: request.formula.responseName, nobs: data.rowCount,
                         covarianceLabel: "given", terms: request.formula.rhs.terms.map(\.name), estimates: coefficients,
                         covariance: covariance, inference: .normal)
    }

    /// A registry holding only this estimator.
    var registry: EstimatorRegistry {
        var registry = EstimatorRegistry()
        try! registry.register(self)
        return registry
    }
}
