import GravityLinearAlgebra

/// The Hessian of a frontier log-likelihood by central differences of its analytic gradient.
///
/// Steps are `1e-5` relative to each parameter (at least `1e-6`), shrunk so that `sigmaSq` stays
/// positive and `gamma` inside (0, 1), which the general `numericalHessian(at:gradient:)` (steps of
/// at least `6e-6`) does not ensure for small variances; the result is symmetrised. With an analytic
/// gradient the error is of order `1e-10` relative, far below what standard errors need.
enum ObservedInformation {
    /// The Hessian at `parameters`.
    static func hessian(of likelihood: any FrontierLikelihood, at parameters: [Double]) -> Matrix {
        let layout = likelihood.layout
        let p = parameters.count
        var hessian = Matrix(rows: p, columns: p)
        for j in 0..<p {
            var h = 1e-5 * max(abs(parameters[j]), 0.1)
            if j == layout.sigmaSq { h = min(h, 0.5 * parameters[j]) }
            if j == layout.gamma { h = min(h, 0.5 * parameters[j], 0.5 * (1 - parameters[j])) }
            var up = parameters, down = parameters
            up[j] += h
            down[j] -= h
            let gradientUp = likelihood.evaluate(up).gradient, gradientDown = likelihood.evaluate(down).gradient
            for i in 0..<p { hessian[i, j] = (gradientUp[i] - gradientDown[i]) / (2 * h) }
        }
        for j in 0..<p {
            for i in 0..<j {
                let average = 0.5 * (hessian[i, j] + hessian[j, i])
                hessian[i, j] = average
                hessian[j, i] = average
            }
        }
        return hessian
    }
}
