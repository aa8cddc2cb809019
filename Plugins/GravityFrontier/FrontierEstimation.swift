import Foundation
import GravityCore
import GravityLinearAlgebra

/// A maximised frontier likelihood: estimates in the full parameter layout, their covariance from
/// the observed information, and the fit's bookkeeping.
struct FrontierEstimate {
    /// The likelihood in its full (unrestricted) layout.
    let likelihood: any FrontierLikelihood
    /// The estimates, `mu` included when it was held on its bound.
    let parameters: [Double]
    /// Their covariance: the inverse of minus the Hessian of the free parameters, with the
    /// delta-method row and column of `mu` when it lies on its bound.
    let covariance: Matrix
    /// The maximised log-likelihood (exact π).
    let logLikelihood: Double
    /// Optimiser iterations of the accepted run.
    let iterations: Int
    /// The multiple `c` of `mu = c sigma_u` when `mu` lies on its bound.
    let muBoundMultiple: Double?
}

/// Maximises a frontier likelihood from several starts, holds `mu` on R frontier's bound when the
/// unrestricted maximum lies beyond it, and turns every failure into a plain error.
struct FrontierEstimation {
    /// The likelihood in its full layout.
    let likelihood: any FrontierLikelihood
    /// The OLS fit, for starting values and the no-inefficiency comparison.
    let ols: OLSStart
    /// Whether `u` is exponential (for the starting values).
    let exponential: Bool
    /// `|mu| <= muBound * sigma_u` when positive; 0 leaves `mu` free.
    let muBound: Double
    /// The BFGS iteration limit of each start.
    let maxIterations: Int
    /// The parameter names, for messages.
    let names: [String]

    /// Gamma closer than this to 0 or 1 is reported as a boundary estimate.
    static let boundaryTolerance = 1e-6

    /// The estimate, or a ``GravityError/numerical(_:)`` saying why there is none.
    func run() throws -> FrontierEstimate {
        let layout = likelihood.layout
        if layout.hasMu && muBound > 0 {
            let free = try? maximize(likelihood, extraStarts: [])
            if let free, abs(free.parameters[layout.mu]) <= muBound * sigmaU(free.parameters, layout) * (1 + 1e-9) {
                return try finish(free, restricted: nil)
            }
            let preferred = (free?.parameters[layout.mu] ?? -1) < 0 ? -muBound : muBound
            var best: (LikelihoodMaximizer.Outcome, BoundedMuLikelihood)?
            var failure: Error?
            for multiple in [preferred, -preferred] {
                let bounded = BoundedMuLikelihood(base: likelihood, multiple: multiple)
                var extra: [[Double]] = []
                if var start = free?.parameters {
                    start.remove(at: layout.mu)
                    extra.append(start)
                }
                do {
                    let outcome = try maximize(bounded, extraStarts: extra)
                    if best == nil || outcome.logLikelihood > best!.0.logLikelihood { best = (outcome, bounded) }
                } catch {
                    failure = failure ?? error
                }
            }
            guard let (outcome, bounded) = best else { throw failure! }
            return try finish(outcome, restricted: bounded)
        }
        return try finish(try maximize(likelihood, extraStarts: []), restricted: nil)
    }

    /// The best converged interior maximum over the starts, or an error saying why there is none.
    private func maximize(_ target: any FrontierLikelihood, extraStarts: [[Double]]) throws -> LikelihoodMaximizer.Outcome {
        let maximizer = LikelihoodMaximizer(likelihood: target, maxIterations: maxIterations)
        let starts = extraStarts + StartingValues.candidates(for: target, ols: ols, exponential: exponential)
        var boundary: LikelihoodMaximizer.Outcome?, singular: LikelihoodMaximizer.Outcome?
        var failures: [String] = []
        for (index, start) in starts.enumerated() {
            let outcome = maximizer.maximize(from: start)
            let gamma = outcome.parameters[target.layout.gamma]
            if !outcome.logLikelihood.isFinite || gamma.isNaN {
                failures.append("start \(index + 1): \(outcome.message)")
            } else if isOnBoundary(outcome, layout: target.layout) {
                if let previous = boundary {
                    // Two starts agree that the maximum is on the boundary: more would only cost time.
                    boundary = outcome.logLikelihood > previous.logLikelihood ? outcome : previous
                    break
                }
                boundary = outcome
            } else if outcome.converged {
                return outcome
            } else {
                if outcome.singularHessian && singular == nil { singular = outcome }
                failures.append("start \(index + 1): \(outcome.message)")
            }
        }
        if let boundary { throw boundaryError(boundary, layout: target.layout) }
        if let singular { throw singularHessianError(singular.parameters, names: names(of: target)) }
        throw GravityError.numerical("The frontier likelihood could not be maximised from any of \(starts.count) starting points (\(failures.joined(separator: "; "))). No estimates are reported; check the model and the data (scaling, collinearity, the sign of the skewness of OLS residuals).")
    }

    /// Whether gamma lies at 0 or 1: within ``boundaryTolerance``, or a likelihood no higher than OLS's
    /// (the frontier then explains nothing beyond OLS: no inefficiency).
    private func isOnBoundary(_ outcome: LikelihoodMaximizer.Outcome, layout: ParameterLayout) -> Bool {
        let gamma = outcome.parameters[layout.gamma]
        let noGain = outcome.logLikelihood - ols.logLikelihood <= max(1e-6, 1e-12 * abs(ols.logLikelihood))
        return gamma < Self.boundaryTolerance || gamma > 1 - Self.boundaryTolerance || (noGain && gamma < 0.5)
    }

    private func names(of target: any FrontierLikelihood) -> [String] {
        target is BoundedMuLikelihood ? names.enumerated().filter { $0.offset != likelihood.layout.mu }.map(\.element) : names
    }

    private func singularHessianError(_ parameters: [Double], names: [String]) -> GravityError {
        let estimates = zip(names, parameters).map { "\($0) = \(String(format: "%.6g", $1))" }.joined(separator: ", ")
        return .numerical("The Hessian of the log-likelihood at the maximum is singular or not negative definite, so the estimates (\(estimates)) have no standard errors and are not reported as converged. A parameter is not identified: check for collinear regressors or inefficiency determinants, or a panel too short for eta.")
    }

    private func boundaryError(_ outcome: LikelihoodMaximizer.Outcome, layout: ParameterLayout) -> GravityError {
        let gamma = outcome.parameters[layout.gamma]
        let skew = String(format: "%.4g", ols.skewness)
        if gamma < 0.5 {
            let skewness = ols.skewness > 0
                ? " The OLS residuals are skewed the wrong way (skewness \(skew); a production frontier needs negative skewness), which is the usual cause."
                : ""
            return .numerical("The maximum of the frontier likelihood lies at the boundary gamma = 0 (gamma = \(String(format: "%.3g", gamma))): the data show no inefficiency, the frontier collapses to the OLS fit and gamma has no standard error.\(skewness) Fit `ols` instead, or check the model.")
        }
        return .numerical("The maximum of the frontier likelihood lies at the boundary gamma = 1 (1 - gamma = \(String(format: "%.3g", 1 - gamma))): the noise variance sigma_v^2 is estimated at zero (a deterministic frontier) and the estimates have no standard errors. Check the model for omitted variables or outliers.")
    }

    /// Covariance, restriction expanded, Hessian checked.
    private func finish(_ outcome: LikelihoodMaximizer.Outcome, restricted: BoundedMuLikelihood?) throws -> FrontierEstimate {
        let target: any FrontierLikelihood = restricted ?? likelihood
        let hessian = outcome.hessian ?? ObservedInformation.hessian(of: target, at: outcome.parameters)
        let freeCovariance: Matrix
        do {
            freeCovariance = try CholeskyDecomposition(-1 * hessian).inverse()
        } catch {
            throw singularHessianError(outcome.parameters, names: names(of: target))
        }
        guard let restricted else {
            return FrontierEstimate(likelihood: likelihood, parameters: outcome.parameters, covariance: freeCovariance,
                                    logLikelihood: outcome.logLikelihood, iterations: outcome.iterations, muBoundMultiple: nil)
        }
        let layout = likelihood.layout, free = restricted.layout
        let s = outcome.parameters[free.sigmaSq], g = outcome.parameters[free.gamma]
        // Jacobian of the full parameters with respect to the free ones.
        var jacobian = Matrix(rows: layout.count, columns: free.count)
        for j in 0..<free.count { jacobian[j < layout.mu ? j : j + 1, j] = 1 }
        jacobian[layout.mu, free.sigmaSq] = restricted.multiple * 0.5 * (g / s).squareRoot()
        jacobian[layout.mu, free.gamma] = restricted.multiple * 0.5 * (s / g).squareRoot()
        let covariance = jacobian * freeCovariance * jacobian.transposed
        return FrontierEstimate(likelihood: likelihood, parameters: restricted.expand(outcome.parameters), covariance: covariance,
                                logLikelihood: outcome.logLikelihood, iterations: outcome.iterations, muBoundMultiple: restricted.multiple)
    }

    private func sigmaU(_ parameters: [Double], _ layout: ParameterLayout) -> Double {
        (parameters[layout.gamma] * parameters[layout.sigmaSq]).squareRoot()
    }
}
