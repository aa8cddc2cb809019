import GravityCore
import GravityLinearAlgebra

/// The Battese-Coelli (1992) panel frontier `y_it = x_it'b + v_it - u_it` with time-varying
/// inefficiency `u_it = exp(-eta (t - T)) u_i`, `u_i ~ N+(mu, sigma_u^2)` (half-normal unless
/// `truncated=true`), `eta` fixed at 0 with `time_varying=false` (Battese-Coelli 1988, Pitt-Lee 1981).
///
/// Periods are counted by their rank among the panel's periods; `T` is the panel's last period, as
/// in the paper, FRONTIER 4.1 and R's frontier (`last_period=panel`), or each unit's own last period
/// as Stata's `xtfrontier, tvd` (`last_period=unit`); the two agree for balanced panels. Positive
/// `eta` means inefficiency falls over time. Estimation, standard errors and output are those of
/// ``SFAEstimator``; efficiencies are `E[exp(-u_it) | e_i]` by default, keyed by unit and period.
///
/// Example: `gravity fit panel.csv --model sfa-bc92 --id pair --time year --formula "log(trade) ~ log(gdp_o) + log(gdp_d) + log(dist)"`
public struct BC92Estimator: Estimator {
    /// Creates the estimator.
    public init() {}

    /// Name `sfa-bc92`; needs `--id` and `--time`.
    public var descriptor: EstimatorDescriptor {
        EstimatorDescriptor(name: "sfa-bc92", aliases: ["bc92"],
                            summary: "Battese-Coelli (1992) panel frontier with time-varying inefficiency",
                            options: [
                                OptionSpecification(name: "time_varying", kind: .boolean, defaultValue: "true",
                                                    help: "Estimate eta in u_it = exp(-eta (t - T)) u_i (false fixes eta = 0)"),
                                OptionSpecification(name: "truncated", kind: .boolean, defaultValue: "false",
                                                    help: "Truncated-normal u_i with mean mu (false: half-normal)"),
                                OptionSpecification(name: "last_period", kind: .choice(LastPeriodConvention.allCases.map(\.rawValue)),
                                                    defaultValue: "panel", help: "T is the panel's last period or each unit's own"),
                                FrontierOptions.muBound, FrontierOptions.efficiency, FrontierOptions.maxIterations,
                            ],
                            requiresPanel: true)
    }

    /// Fits the model.
    public func fit(_ data: Dataset, request: FitRequest, options: EstimatorOptions) throws -> EstimationResult {
        let (efficiency, maxIterations) = try FrontierOptions.read(options)
        let truncated = options.bool("truncated"), timeVarying = options.bool("time_varying")
        guard let panel = request.panel else { preconditionFailure("The panel requirement is checked before fitting") }
        let frame = try ModelFrame(dataset: data, formula: request.formula, groupColumns: [panel.unit, panel.time], extraParts: .reject(descriptor.name))
        let structure = try PanelStructure(frame: frame, specification: panel)
        if timeVarying { try structure.requireNumericPeriods(estimator: descriptor.name) }
        if timeVarying && structure.periodCount < 2 {
            throw GravityError.invalidInput("The panel has a single period, so eta cannot be estimated; use time_varying=false or the cross-section model `sfa`.")
        }
        let ols = try OLSStart(response: frame.response, design: frame.design)
        let rows = PanelRows(structure: structure, lastPeriod: LastPeriodConvention(rawValue: options.string("last_period"))!)
        let likelihood = PanelLikelihood(response: frame.response, design: ols.fit.design, rows: rows, truncated: truncated, timeVarying: timeVarying)
        try FrontierOptions.requireObservations(frame.observationCount, parameters: likelihood.layout.count, model: descriptor.name)
        let names = likelihood.layout.names(frontierTerms: ols.fit.terms, determinantTerms: [])
        let estimate = try FrontierEstimation(likelihood: likelihood, ols: ols, exponential: false,
                                              muBound: truncated ? try FrontierOptions.readMuBound(options) : 0,
                                              maxIterations: maxIterations, names: names).run()
        let form = timeVarying ? "u_it = exp(-eta (t - T)) u_i" : "time-invariant u_i"
        let panelSummary = structure.bilingualSummary
        let description = BilingualText(
            "Battese-Coelli (1992) panel frontier, \(form), u_i ~ \(truncated ? "N+(mu, sigma_u^2)" : "N+(0, sigma_u^2)"); panel: \(panelSummary.english).",
            chinese: "Battese-Coelli (1992) 面板前沿模型，\(timeVarying ? "uᵢₜ = exp(−η(t − T)) uᵢ" : "uᵢ 不随时间变化")，uᵢ ~ \(truncated ? "N⁺(μ, σᵤ²)" : "N⁺(0, σᵤ²)")；面板：\(panelSummary.chinese)。")
        return FrontierReport(model: descriptor.name, request: request, frame: frame, ols: ols, estimate: estimate,
                              frontierTerms: ols.fit.terms, determinantTerms: [], description: description, efficiency: efficiency,
                              reportsVarianceOfU: false, exponential: false, extraNotes: ols.fit.omissions,
                              extraStatistics: [FitStatistic("units", Double(structure.unitCount)),
                                                FitStatistic("periods", Double(structure.periodCount))]).result()
    }
}
