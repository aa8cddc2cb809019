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
    let description: String
    let efficiency: EfficiencyEstimator
    /// Whether `u` has one distribution for all rows, so that its variance is reported.
    let reportsVarianceOfU: Bool
    /// The exponential model, whose `sigma_u` is a scale, not a pre-truncation standard deviation.
    let exponential: Bool
    /// Notes added by the estimator (omitted terms, panel structure).
    let extraNotes: [String]
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
        var notes = frame.notes + extraNotes + [description,
            "Parameters as R frontier: sigmaSq = sigma_u^2 + sigma_v^2, gamma = sigma_u^2 / sigmaSq" + (exponential ? " (sigma_u is the mean of the exponential u)." : " (sigma_u^2 is the variance of the normal truncated at zero)."),
            "`fitted` is the frontier x'b on the formula's scale (the potential); residuals are e = v - u; for a log response actual/potential = exp(residual).",
            "Efficiency: \(efficiency.label), mean \(String(format: "%.4f", meanEfficiency)).",
            "Log-likelihoods use the exact value of pi; R frontier and FRONTIER 4.1 print them larger by \(String(format: "%.4g", frontier41LogLikelihoodOffset(observations: n)))."]
        if let multiple = estimate.muBoundMultiple {
            label += "; mu is held on its bound and its standard error is that of \(String(format: "%g", multiple)) * sqrt(gamma * sigmaSq) (delta method)"
            notes.append("mu lies on R frontier's bound |mu| <= \(String(format: "%g", abs(multiple))) sigma_u: the estimates maximise the likelihood with mu = \(String(format: "%g", multiple)) sigma_u; set mu_bound=0 for the unrestricted maximum.")
        }
        if ols.skewness > 0 {
            notes.append("The OLS residuals are skewed the wrong way for a production frontier (skewness \(String(format: "%.4g", ols.skewness)) > 0): this suggests no inefficiency or a misspecified model.")
        }
        let names = layout.names(frontierTerms: frontierTerms, determinantTerms: determinantTerms)
        var result = EstimationResult(model: model, formula: request.formula.text, responseName: request.formula.responseName, nobs: n,
                                      covarianceLabel: label, terms: names, estimates: p, covariance: estimate.covariance, inference: .normal,
                                      confidenceLevel: request.confidenceLevel, statistics: statistics, tests: [test],
                                      fitted: frame.alignedToInput(fitted), residuals: frame.alignedToInput(residuals), notes: notes,
                                      extraSections: [("efficiency", efficiencySection(efficiencies))])
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
