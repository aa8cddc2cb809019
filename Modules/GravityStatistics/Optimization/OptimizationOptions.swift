/// Stopping rules and limits for ``minimizeBFGS(start:options:objective:)``.
public struct OptimizationOptions: Sendable, Equatable {
    /// The largest number of quasi-Newton iterations (accepted steps).
    public var maxIterations: Int
    /// Gradient criterion: the minimiser has converged when the scaled gradient
    /// `maxᵢ |∂f/∂xᵢ| · max(|xᵢ|, 1) / max(|f(x)|, 1) ≤ gradientTolerance`.
    ///
    /// This is the relative gradient of Dennis and Schnabel (*Numerical Methods for
    /// Unconstrained Optimization*, §7.2): the relative change in `f` per relative change in
    /// each `xᵢ`. It adapts to objectives of large magnitude, such as log-likelihoods summed
    /// over many observations whose gradients grow with the sample size, and to parameters of
    /// large magnitude; for parameters and objective values below 1 in magnitude it is the
    /// plain absolute bound `max |∂f/∂xᵢ| ≤ gradientTolerance`.
    public var gradientTolerance: Double
    /// Function-change criterion (as R's `optim` `reltol`): the minimiser has converged when an
    /// accepted step changes the objective by at most
    /// `relativeTolerance × (|f(x)| + relativeTolerance)`.
    public var relativeTolerance: Double
    /// The largest number of objective evaluations a single line search may use.
    public var maxLineSearchSteps: Int

    /// Options with the given limits; every argument has a default.
    public init(
        maxIterations: Int = 500,
        gradientTolerance: Double = 1e-8,
        relativeTolerance: Double = 1e-12,
        maxLineSearchSteps: Int = 40
    ) {
        precondition(maxIterations >= 0, "maxIterations must be non-negative, got \(maxIterations)")
        precondition(gradientTolerance >= 0, "gradientTolerance must be non-negative, got \(gradientTolerance)")
        precondition(relativeTolerance >= 0, "relativeTolerance must be non-negative, got \(relativeTolerance)")
        precondition(maxLineSearchSteps >= 1, "maxLineSearchSteps must be at least 1, got \(maxLineSearchSteps)")
        self.maxIterations = maxIterations
        self.gradientTolerance = gradientTolerance
        self.relativeTolerance = relativeTolerance
        self.maxLineSearchSteps = maxLineSearchSteps
    }
}
