import GravityCore
import GravityLinearAlgebra

/// The cross-section stochastic frontier `y = x'b + v - u` (Aigner, Lovell and Schmidt 1977;
/// Meeusen and van den Broeck 1977): `v ~ N(0, sigma_v^2)` and `u >= 0` half-normal (default),
/// truncated normal `N+(mu, sigma_u^2)` or exponential with mean `sigma_u`.
///
/// Maximum likelihood as R's frontier (FRONTIER 4.1): OLS, a grid search over gamma, then BFGS with
/// analytic gradients and Newton steps, with several starting points before giving up; `mu` is
/// held within `mu_bound * sigma_u` (2 by default, as frontier; `mu_bound=0` frees it). The
/// coefficient table holds the frontier coefficients, `sigmaSq`, `gamma` and `mu`; standard errors
/// come from the observed information. Efficiencies (option `efficiency`) are in
/// `EstimationResult.efficiency` and in the JSON section `efficiency`, one object per observation
/// with `row` (its 1-based row in the input), `unit` and `time` (with `--id` and `--time`, the data
/// then being pooled) and `value`; `fitted` holds the frontier (see ``FrontierPotential``).
///
/// Statistics (shared by `sfa-bc92` and `sfa-bc95`): `log_likelihood` (exact π; see
/// ``frontier41LogLikelihoodOffset(observations:)``), `log_likelihood_ols`, `sigma_sq`, `gamma`,
/// `sigma_sq_u`, `sigma_sq_v`, `sigma`, `sigma_u`, `sigma_v`, `lambda_sq`, `lambda`; for `sfa` also the
/// variance of `u` itself, `var_u`, `sd_u` and `gamma_var = var_u / (var_u + sigma_v^2)`; then
/// `mean_efficiency`, `ols_residual_skewness`, `units` and `periods` (`sfa-bc92`), `iterations`
/// (BFGS iterations plus Newton steps) and `converged` (always 1: a fit that does not converge
/// throws). The test is the likelihood-ratio test of no inefficiency (``InefficiencyLRTest``).
///
/// Example: `gravity fit trade.csv --model sfa --formula "log(trade) ~ log(gdp_o) + log(gdp_d) + log(dist)" --option distribution=truncated-normal`
public struct SFAEstimator: Estimator {
    /// Creates the estimator.
    public init() {}

    /// Name `sfa` (alias `frontier`); options `distribution`, `mu_bound`, `efficiency`, `max_iterations`.
    public var descriptor: EstimatorDescriptor {
        EstimatorDescriptor(name: "sfa", aliases: ["frontier"],
                            summary: "Stochastic frontier, cross-section (half-normal, truncated-normal or exponential inefficiency)",
                            options: [
                                OptionSpecification(name: "distribution", kind: .choice(["half-normal", "truncated-normal", "exponential"]),
                                                    defaultValue: "half-normal", help: "Distribution of the inefficiency u"),
                                FrontierOptions.muBound, FrontierOptions.efficiency, FrontierOptions.maxIterations,
                            ])
    }

    /// Fits the model.
    public func fit(_ data: Dataset, request: FitRequest, options: EstimatorOptions) throws -> EstimationResult {
        let (efficiency, maxIterations) = try FrontierOptions.read(options)
        let distribution = options.string("distribution")
        let groupColumns = request.panel.map { [$0.unit, $0.time] } ?? []
        let frame = try ModelFrame(dataset: data, formula: request.formula, groupColumns: groupColumns, extraParts: .reject(descriptor.name))
        if let panel = request.panel { _ = try PanelStructure(frame: frame, specification: panel) }
        let ols = try OLSStart(response: frame.response, design: frame.design)
        let design = ols.fit.design
        let likelihood: any FrontierLikelihood
        let description: BilingualText
        switch distribution {
        case "exponential":
            likelihood = ExponentialLikelihood(response: frame.response, design: design)
            description = BilingualText("Stochastic frontier y = x'b + v - u with exponential u (mean sigma_u).",
                                        chinese: "随机前沿模型 y = x′β + v − u，u 服从指数分布（均值 σᵤ）。")
        case "truncated-normal":
            likelihood = TruncatedNormalLikelihood(response: frame.response, design: design, truncated: true)
            description = BilingualText("Stochastic frontier y = x'b + v - u with truncated-normal u ~ N+(mu, sigma_u^2).",
                                        chinese: "随机前沿模型 y = x′β + v − u，u 服从截断正态分布 N⁺(μ, σᵤ²)。")
        default:
            likelihood = TruncatedNormalLikelihood(response: frame.response, design: design, truncated: false)
            description = BilingualText("Stochastic frontier y = x'b + v - u with half-normal u ~ N+(0, sigma_u^2).",
                                        chinese: "随机前沿模型 y = x′β + v − u，u 服从半正态分布 N⁺(0, σᵤ²)。")
        }
        try FrontierOptions.requireObservations(frame.observationCount, parameters: likelihood.layout.count, model: descriptor.name)
        let names = likelihood.layout.names(frontierTerms: ols.fit.terms, determinantTerms: [])
        let estimate = try FrontierEstimation(likelihood: likelihood, ols: ols, exponential: distribution == "exponential",
                                              muBound: distribution == "truncated-normal" ? try FrontierOptions.readMuBound(options) : 0,
                                              maxIterations: maxIterations, names: names).run()
        return FrontierReport(model: descriptor.name, request: request, frame: frame, ols: ols, estimate: estimate,
                              frontierTerms: ols.fit.terms, determinantTerms: [], description: description, efficiency: efficiency,
                              reportsVarianceOfU: true, exponential: distribution == "exponential",
                              extraNotes: ols.fit.omissions, extraStatistics: []).result()
    }
}
