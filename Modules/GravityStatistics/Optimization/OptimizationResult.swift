import GravityLinearAlgebra

/// The outcome of ``minimizeBFGS(start:options:objective:)``.
public struct OptimizationResult: Sendable {
    /// The best point found (the minimiser when ``converged`` is true).
    public let minimizer: [Double]
    /// The objective at ``minimizer``.
    public let minimum: Double
    /// The gradient at ``minimizer``.
    public let gradient: [Double]
    /// The number of quasi-Newton iterations (accepted steps) taken.
    public let iterations: Int
    /// The number of objective evaluations, including those of line searches.
    public let functionEvaluations: Int
    /// Whether the gradient or the function-change criterion of ``OptimizationOptions`` was met.
    public let converged: Bool
    /// Which criterion stopped the search, or why it failed.
    public let message: String
    /// The final BFGS approximation of the inverse Hessian at ``minimizer``; a quick
    /// approximation only — standard errors should come from ``numericalHessian(at:_:)`` or
    /// ``numericalHessian(at:gradient:)`` of the objective.
    public let inverseHessianApproximation: Matrix
}
