import Foundation
import GravityLinearAlgebra
import GravityStatistics

/// Goodness-of-fit statistics of a linear model, computed as R's `summary.lm` and `logLik.lm` do.
public struct LinearModelSummary: Sendable {
    /// R-squared: centred when the model has an intercept, uncentred otherwise (as R).
    public let rSquared: Double
    /// Adjusted R-squared.
    public let adjustedRSquared: Double
    /// Residual standard error sqrt(SSR / df).
    public let sigma: Double
    /// Residual degrees of freedom n - k.
    public let dfResidual: Int
    /// F statistic that all slopes are zero, with its degrees of freedom and p-value.
    public let fStatistic: Double, fNumeratorDF: Int, fPValue: Double
    /// Gaussian log-likelihood, AIC and BIC counting sigma as a parameter (as R).
    public let logLikelihood: Double, aic: Double, bic: Double
    /// What the reader must know about these numbers (a perfect fit), in English and Chinese.
    public let notes: [BilingualText]

    /// Computes the summary from the response, the residual sum of squares and the model's size;
    /// with observation `weights`, sums of squares are weighted (`ssr` too) as R's `lm(weights =)`.
    public init(response: [Double], residualSumOfSquares ssr: Double, rank: Int, hasIntercept: Bool, weights: [Double]? = nil) {
        let n = response.count
        let interceptDF = hasIntercept ? 1 : 0
        let w = weights ?? [Double](repeating: 1, count: n)
        var total = 0.0
        if hasIntercept {
            let mean = zip(response, w).reduce(0) { $0 + $1.0 * $1.1 } / w.reduce(0, +)
            for i in 0..<n { total += w[i] * (response[i] - mean) * (response[i] - mean) }
        } else {
            for i in 0..<n { total += w[i] * response[i] * response[i] }
        }
        dfResidual = n - rank
        rSquared = total > 0 ? 1 - ssr / total : .nan
        adjustedRSquared = 1 - (1 - rSquared) * Double(n - interceptDF) / Double(dfResidual)
        sigma = (ssr / Double(dfResidual)).squareRoot()
        fNumeratorDF = rank - interceptDF
        if fNumeratorDF > 0 && dfResidual > 0 {
            fStatistic = ((total - ssr) / Double(fNumeratorDF)) / (ssr / Double(dfResidual))
            fPValue = FDistribution(numeratorDegreesOfFreedom: Double(fNumeratorDF), denominatorDegreesOfFreedom: Double(dfResidual)).sf(fStatistic)
        } else {
            fStatistic = .nan
            fPValue = .nan
        }
        let nd = Double(n)
        let logWeights = weights.map { $0.reduce(0) { $0 + Foundation.log($1) } } ?? 0
        // A perfect fit has no Gaussian likelihood (sigma = 0): NA, not +Inf.
        logLikelihood = ssr > 0 ? logWeights / 2 - nd / 2 * (Foundation.log(2 * Double.pi) + Foundation.log(ssr / nd) + 1) : .nan
        aic = -2 * logLikelihood + 2 * Double(rank + 1)
        bic = -2 * logLikelihood + Foundation.log(nd) * Double(rank + 1)
        notes = ssr == 0 ? [BilingualText(
            "The model fits perfectly (residual sum of squares 0, as with a constant response): the residual variance is zero, and the t statistics, p-values, F test and log-likelihood are undefined (NA).",
            chinese: "模型完美拟合（残差平方和为 0，例如被解释变量为常数）：残差方差为零，t 统计量、p 值、F 检验和对数似然无定义（NA）。")] : []
    }

    /// The statistics under their JSON keys, in display order.
    public func statistics(nobs: Int) -> [FitStatistic] {
        [FitStatistic("r_squared", rSquared), FitStatistic("adj_r_squared", adjustedRSquared),
         FitStatistic("sigma", sigma), FitStatistic("df_residual", Double(dfResidual)),
         FitStatistic("f_statistic", fStatistic), FitStatistic("log_likelihood", logLikelihood),
         FitStatistic("aic", aic), FitStatistic("bic", bic), FitStatistic("nobs", Double(nobs))]
    }

    /// The classical F test that all slopes are zero.
    public var fTest: TestResult {
        TestResult(name: "F test (all slopes zero)", statistic: fStatistic, df: Double(fNumeratorDF), df2: Double(dfResidual),
                   pValue: fPValue, distribution: "F")
    }
}
