import GravityCore
import GravityLinearAlgebra

/// The dynamic TWFE event study, written as in fixest: `y ~ i(rel_time, ref = -1) + covariates`,
/// unit and period effects absorbed (or the effects after `|`), standard errors clustered by unit.
///
/// When the data have no column named as the one in `i()`, it is made from the timing: periods
/// since the cohort for treated units (event time, in periods), and the first reference level for
/// units not treated in the sample, so that they are controls in every period. `bin_min` and
/// `bin_max` bin the leads and lags beyond them into the endpoints (values equal to a reference
/// level are left alone).
///
/// Example: `gravity fit mpdta.csv --model event-study --formula "lemp ~ i(rel_time, ref = -1)" --id countyreal --time year --option cohort=first.treat`
public struct EventStudyEstimator: Estimator {
    /// Creates the estimator.
    public init() {}

    /// Name `event-study` (alias `es`), timing and binning options.
    public var descriptor: EstimatorDescriptor {
        EstimatorDescriptor(name: "event-study", aliases: ["es"], summary: "TWFE event study with i(rel_time, ref = -1) and binned endpoints",
                            options: TimingOptions.specifications + [
                                OptionSpecification(name: "bin_min", kind: .text, defaultValue: "", help: "event times below this are binned into it (empty: no binning)"),
                                OptionSpecification(name: "bin_max", kind: .text, defaultValue: "", help: "event times above this are binned into it (empty: no binning)"),
                            ],
                            requiresPanel: true, covarianceKinds: [.classical, .cluster])
    }

    /// Fits the model.
    public func fit(_ data: Dataset, request: FitRequest, options: EstimatorOptions) throws -> EstimationResult {
        try RegressionResult.requireUnitClustering(request, estimator: descriptor.name)
        guard let indicator = Self.indicatorSpecification(request.formula) else {
            throw GravityError.invalidInput("`event-study` needs the event-time indicators in the formula, as fixest writes them: `\(request.formula.responseName) ~ i(rel_time, ref = -1)`.")
        }
        let source = try TimingOptions.source(options, estimator: descriptor.name)
        let bins = try EventTimeBins(options)
        var prepared = data
        var notes: [BilingualText] = []
        if !data.hasColumn(indicator.variable) {
            guard let reference = indicator.reference.first, let code = Double(reference) else {
                throw GravityError.invalidInput("To make `\(indicator.variable)` from the timing, give a numeric reference period: i(\(indicator.variable), ref = -1).")
            }
            let eventTime = try EventTime.column(data, panel: request.panel!, timing: source, untreatedCode: code)
            try prepared.addColumn(indicator.variable, .numeric(eventTime))
            notes.append(BilingualText(
                "`\(indicator.variable)` = periods since the cohort; units not treated in the sample are coded \(reference) (a reference level).",
                chinese: "`\(indicator.variable)` = 距首次处理的期数；样本中未受处理的单位编码为 \(reference)（参照水平）。"))
        }
        if let binning = try bins.apply(to: &prepared, column: indicator.variable, references: indicator.reference) { notes.append(binning) }
        let sample = try DiDRegressionSample(dataset: prepared, formula: request.formula, panel: request.panel!, timing: source, estimator: descriptor.name)
        let regression = try AbsorbedRegression(response: sample.frame.response, regressors: sample.covariates,
                                                dimensions: sample.frame.fixedEffects, cluster: sample.unit)
        return RegressionResult.make(model: descriptor.name, request: request, sample: sample, regression: regression,
                                     terms: regression.terms, estimates: regression.coefficients, covariance: regression.covariance, notes: notes)
    }

    /// The first `i()` of the formula's regressors.
    static func indicatorSpecification(_ formula: Formula) -> IndicatorSpecification? {
        for term in formula.rhs.terms {
            for case .indicators(let specification) in term.factors { return specification }
        }
        return nil
    }
}
