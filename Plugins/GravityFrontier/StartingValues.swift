import Foundation

/// The starting points of the likelihood maximisation, best guess first.
///
/// 1. FRONTIER 4.1's grid search: the OLS slopes; for gamma = 0.1, 0.2, ..., 0.9 the `sigmaSq` that
///    matches the OLS residual variance and the intercept shifted up by the mean of `u`; the best
///    gamma is refined on a grid of 0.01 around it. Every other inefficiency parameter starts at 0.
/// 2. Corrected OLS with method-of-moments variances (Olson, Schmidt and Waldman 1980), from the
///    third central moment of the OLS residuals, when it has the expected sign.
/// 3. The grid's formulas at gamma = 0.5, 0.95 and 0.2.
enum StartingValues {
    /// The candidate starts for `likelihood` from the OLS fit `ols`.
    static func candidates(for likelihood: any FrontierLikelihood, ols: OLSStart, exponential: Bool) -> [[Double]] {
        var starts = [gridSearch(likelihood, ols: ols, exponential: exponential).parameters]
        if let moments = methodOfMoments(likelihood.layout, ols: ols, exponential: exponential) { starts.append(moments) }
        for gamma in [0.5, 0.95, 0.2] {
            starts.append(point(likelihood.layout, ols: ols, gamma: gamma, exponential: exponential))
        }
        return starts
    }

    /// The grid search over gamma: the best point and its log-likelihood.
    static func gridSearch(_ likelihood: any FrontierLikelihood, ols: OLSStart, exponential: Bool) -> (parameters: [Double], logLikelihood: Double) {
        var best = (parameters: [Double](), logLikelihood: -Double.infinity)
        func consider(_ gamma: Double) {
            let candidate = point(likelihood.layout, ols: ols, gamma: gamma, exponential: exponential)
            let value = likelihood.evaluate(candidate).value
            if value > best.logLikelihood || best.parameters.isEmpty { best = (candidate, value) }
        }
        for step in 1...9 { consider(Double(step) / 10) }
        let coarse = best.parameters[likelihood.layout.gamma]
        for step in -5...5 where step != 0 {
            let gamma = coarse + Double(step) / 100
            if gamma > 0 && gamma < 1 { consider(gamma) }
        }
        return best
    }

    /// OLS slopes, `sigmaSq` from the residual variance at `gamma`, intercept shifted by the mean of `u`.
    static func point(_ layout: ParameterLayout, ols: OLSStart, gamma: Double, exponential: Bool) -> [Double] {
        let sigmaSq: Double, meanU: Double
        if exponential {
            sigmaSq = ols.variance
            meanU = (gamma * sigmaSq).squareRoot()
        } else {
            sigmaSq = ols.variance / (1 - 2 * gamma / Double.pi)
            meanU = (2 * gamma * sigmaSq / Double.pi).squareRoot()
        }
        return assemble(layout, ols: ols, sigmaSq: sigmaSq, gamma: gamma, meanU: meanU)
    }

    /// Corrected OLS with moment-based variances, or nil when the residuals are skewed the wrong way.
    static func methodOfMoments(_ layout: ParameterLayout, ols: OLSStart, exponential: Bool) -> [Double]? {
        guard ols.thirdMoment < 0 else { return nil }
        let sigmaU: Double, varianceU: Double, meanU: Double
        if exponential {
            sigmaU = cbrt(-ols.thirdMoment / 2)
            varianceU = sigmaU * sigmaU
            meanU = sigmaU
        } else {
            let factor = (2 / Double.pi).squareRoot() * (1 - 4 / Double.pi)
            sigmaU = cbrt(ols.thirdMoment / factor)
            varianceU = (1 - 2 / Double.pi) * sigmaU * sigmaU
            meanU = sigmaU * (2 / Double.pi).squareRoot()
        }
        let varianceV = max(ols.secondMoment - varianceU, 0.05 * ols.secondMoment)
        let sigmaUSq = sigmaU * sigmaU
        return assemble(layout, ols: ols, sigmaSq: sigmaUSq + varianceV, gamma: sigmaUSq / (sigmaUSq + varianceV), meanU: meanU)
    }

    private static func assemble(_ layout: ParameterLayout, ols: OLSStart, sigmaSq: Double, gamma: Double, meanU: Double) -> [Double] {
        var parameters = [Double](repeating: 0, count: layout.count)
        for j in 0..<layout.betaCount { parameters[j] = ols.fit.coefficients[j] }
        if ols.hasIntercept { parameters[0] += meanU }
        parameters[layout.sigmaSq] = sigmaSq
        parameters[layout.gamma] = gamma
        return parameters
    }
}
