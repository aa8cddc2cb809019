import Foundation
import GravityCore
import GravityLinearAlgebra
import GravityStatistics

/// Everything a frontier estimator passes on to build its ``EstimationResult``.
struct FrontierReport {
    let model: String
    let request: FitRequest
    let frame: ModelFrame
    let ols: OLSStart
    let estimate: FrontierEstimate
    /// Names of the frontier coefficients and of the inefficiency determinants.
    let frontierTerms: [String], determinantTerms: [String]
    /// One line describing the model, first among the notes.
    let description: BilingualText
    let efficiency: EfficiencyEstimator
    /// Whether `u` has one distribution for all rows, so that its variance is reported.
    let reportsVarianceOfU: Bool
    /// The exponential model, whose `sigma_u` is a scale, not a pre-truncation standard deviation.
    let exponential: Bool
    /// Notes added by the estimator (omitted terms, panel structure).
    let extraNotes: [BilingualText]
    /// Statistics added by the estimator (units and periods).
    let extraStatistics: [FitStatistic]

    func result() -> EstimationResult {
        let layout = estimate.likelihood.layout
        let p = estimate.parameters
        let n = frame.observationCount
        let s = p[layout.sigmaSq], g = p[layout.gamma]
        let sigmaSqU = g * s, sigmaSqV = (1 - g) * s
        let conditional = estimate.likelihood.conditionalInefficiency(p)
        let efficiencies = conditional.efficiencies(efficiency)
        let meanEfficiency = efficiencies.reduce(0, +) / Double(n)
        let residuals = estimate.likelihood.residuals(p)
        let fitted = zip(frame.response, residuals).map { $0 - $1 }

        var statistics = [FitStatistic("nobs", Double(n)), FitStatistic("log_likelihood", estimate.logLikelihood),
                          FitStatistic("log_likelihood_ols", ols.logLikelihood), FitStatistic("sigma_sq", s), FitStatistic("gamma", g),
                          FitStatistic("sigma_sq_u", sigmaSqU), FitStatistic("sigma_sq_v", sigmaSqV), FitStatistic("sigma", s.squareRoot()),
                          FitStatistic("sigma_u", sigmaSqU.squareRoot()), FitStatistic("sigma_v", sigmaSqV.squareRoot()),
                          FitStatistic("lambda_sq", sigmaSqU / sigmaSqV), FitStatistic("lambda", (sigmaSqU / sigmaSqV).squareRoot())]
        if reportsVarianceOfU {
            let varianceU = exponential ? sigmaSqU : truncatedNormalVariance(mu: layout.hasMu ? p[layout.mu] : 0, sigma: sigmaSqU.squareRoot())
            statistics += [FitStatistic("var_u", varianceU), FitStatistic("sd_u", varianceU.squareRoot()),
                           FitStatistic("gamma_var", varianceU / (varianceU + sigmaSqV))]
        }
        statistics += [FitStatistic("mean_efficiency", meanEfficiency), FitStatistic("ols_residual_skewness", ols.skewness)]
        statistics += extraStatistics
        statistics += [FitStatistic("iterations", Double(estimate.iterations)), FitStatistic("converged", 1)]

        let test = InefficiencyLRTest.test(frontier: estimate.logLikelihood, ols: ols.logLikelihood, restrictions: layout.inefficiencyParameterCount)
        var label = "observed information: inverse of minus the Hessian of the log-likelihood at the maximum (central differences of the analytic gradient); z tests"
        let mean = String(format: "%.4f", meanEfficiency), offset = String(format: "%.4g", frontier41LogLikelihoodOffset(observations: n))
        var notes = frame.bilingualNotes + extraNotes + [description,
            BilingualText("Parameters as R frontier: sigmaSq = sigma_u^2 + sigma_v^2, gamma = sigma_u^2 / sigmaSq"
                            + (exponential ? " (sigma_u is the mean of the exponential u)." : " (sigma_u^2 is the variance of the normal truncated at zero)."),
                          chinese: "参数与 R 的 frontier 包相同：σ² = σᵤ² + σᵥ²，γ = σᵤ² / σ²" + (exponential ? "（σᵤ 为指数分布 u 的均值）。" : "（σᵤ² 为截断前正态分布的方差）。")),
            BilingualText("`fitted` is the frontier x'b on the formula's scale (the potential); residuals are e = v - u; for a log response actual/potential = exp(residual).",
                          chinese: "拟合值为公式尺度上的前沿 x′β（即潜力）；残差为 e = v − u；被解释变量取对数时，实际值/潜力 = exp(残差)。"),
            BilingualText("Efficiency: \(efficiency.label), mean \(mean).", chinese: "技术效率：\(efficiency.chineseLabel)，均值 \(mean)。"),
            BilingualText("Log-likelihoods use the exact value of pi; R frontier and FRONTIER 4.1 print them larger by \(offset).",
                          chinese: "对数似然使用 π 的精确值；R 的 frontier 包和 FRONTIER 4.1 给出的值大 \(offset)。")]
        if let multiple = estimate.muBoundMultiple {
            label += "; mu is held on its bound and its standard error is that of \(String(format: "%g", multiple)) * sqrt(gamma * sigmaSq) (delta method)"
            let bound = String(format: "%g", abs(multiple)), value = String(format: "%g", multiple)
            notes.append(BilingualText("mu lies on R frontier's bound |mu| <= \(bound) sigma_u: the estimates maximise the likelihood with mu = \(value) sigma_u; set mu_bound=0 for the unrestricted maximum.",
                                       chinese: "μ 位于 R 的 frontier 包的边界 |μ| ≤ \(bound) σᵤ 上：估计值是 μ = \(value) σᵤ 时的似然最大值；设 mu_bound=0 可得无约束最大值。"))
        }
        if ols.skewness > 0 {
            let skewness = String(format: "%.4g", ols.skewness)
            notes.append(BilingualText("The OLS residuals are skewed the wrong way for a production frontier (skewness \(skewness) > 0): this suggests no inefficiency or a misspecified model.",
                                       chinese: "OLS 残差的偏度方向与生产前沿不符（偏度 \(skewness) > 0）：可能不存在无效率，或模型设定有误。"))
        }
        let names = layout.names(frontierTerms: frontierTerms, determinantTerms: determinantTerms)
        var result = EstimationResult(model: model, formula: request.formula.text, responseName: request.formula.responseName, nobs: n,
                                      covarianceLabel: label, terms: names, estimates: p, covariance: estimate.covariance, inference: .normal,
                                      confidenceLevel: request.confidenceLevel, statistics: statistics, tests: [test],
                                      fitted: frame.alignedToInput(fitted), residuals: frame.alignedToInput(residuals),
                                      extraSections: [("efficiency", efficiencySection(efficiencies))])
        result.bilingualNotes.insert(contentsOf: notes, at: 0)
        // Intervals of the bounded variance parameters on the log and logit scales: within (0, inf) and (0, 1).
        result.boundInterval(of: "sigmaSq", to: .positive)
        result.boundInterval(of: "gamma", to: .unitInterval)
        // Trade potential needs an efficiency in (0, 1]: the Farrell measure is replaced by Battese-Coelli's.
        result.efficiency = frame.alignedToInput(efficiency == .farrell ? conditional.efficiencies(.batteseCoelli) : efficiencies)
        return result
    }

    /// The `efficiency` JSON section: one object per observation with its input row (1-based), its
    /// unit and period when the data are a panel, and the value.
    private func efficiencySection(_ values: [Double]) -> JSONValue {
        let unit = request.panel.flatMap { frame.groups[$0.unit] }, time = request.panel.flatMap { frame.groups[$0.time] }
        return .array(values.indices.map { i in
            var object: [(String, JSONValue)] = [("row", .number(Double(frame.rowIndices[i] + 1)))]
            if let unit { object.append(("unit", .string(unit.levels[Int(unit.codes[i])]))) }
            if let time { object.append(("time", .string(time.levels[Int(time.codes[i])]))) }
            object.append(("value", .number(values[i])))
            return .object(object)
        })
    }

    /// The variance of `N+(mu, sigma^2)`, the normal truncated at zero.
    private func truncatedNormalVariance(mu: Double, sigma: Double) -> Double {
        let alpha = mu / sigma
        let mills = NormalTail.millsRatio(alpha, logCdf: NormalTail.logCdf(alpha))
        return sigma * sigma * (1 - alpha * mills - mills * mills)
    }
}
