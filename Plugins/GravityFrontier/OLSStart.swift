import Foundation
import GravityCore
import GravityLinearAlgebra

/// The least-squares fit every frontier starts from: coefficients, residual moments, the Gaussian
/// log-likelihood (the frontier's value under no inefficiency) and the skewness check.
struct OLSStart: Sendable {
    /// The least-squares fit (collinear columns dropped).
    let fit: LeastSquaresFit
    /// Whether the first kept column is the intercept.
    let hasIntercept: Bool
    /// Second and third central moments of the residuals (divisor n).
    let secondMoment: Double, thirdMoment: Double

    init(response: [Double], design: DesignMatrix) throws {
        fit = try LeastSquaresFit(response: response, design: design)
        hasIntercept = design.hasIntercept && fit.terms.first == "(Intercept)"
        let n = Double(response.count)
        let mean = fit.residuals.reduce(0, +) / n
        var m2 = 0.0, m3 = 0.0
        for r in fit.residuals {
            let d = r - mean
            m2 += d * d
            m3 += d * d * d
        }
        secondMoment = m2 / n
        thirdMoment = m3 / n
    }

    /// The residuals' skewness `m3 / m2^(3/2)`; a production frontier implies a negative value.
    var skewness: Double { thirdMoment / pow(secondMoment, 1.5) }

    /// The Gaussian log-likelihood at the OLS fit with the maximum-likelihood variance SSR/n.
    var logLikelihood: Double {
        let n = Double(fit.residuals.count)
        return -0.5 * n * (log(2 * Double.pi) + log(fit.residualSumOfSquares / n) + 1)
    }

    /// The maximum-likelihood residual variance SSR/n.
    var variance: Double { fit.residualSumOfSquares / Double(fit.residuals.count) }
}
