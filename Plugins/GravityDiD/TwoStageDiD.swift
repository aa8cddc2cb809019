import GravityCore
import GravityLinearAlgebra

/// Gardner's (2021) two-stage DiD (`did2s`): unit and period effects (and covariate slopes) are
/// estimated on the untreated observations with the fixed-effects engine, removed from every
/// observation, and the adjusted outcome is regressed, without intercept, on the treatment
/// indicator (`ATT`) or, with `dynamic=true`, on event-time indicators (`event::e`, every event
/// time but -1, never-treated units at zero). Standard errors are the two-stage GMM sandwich
/// clustered by unit (``TwoStageCovariance``), as R `did2s`.
///
/// Example: `gravity fit mpdta.csv --model did2s --formula "lemp ~ 1" --id countyreal --time year --option cohort=first.treat`
public struct TwoStageDiD: Estimator {
    /// Creates the estimator.
    public init() {}

    /// Name `did2s` (alias `gardner`), timing options and `dynamic`.
    public var descriptor: EstimatorDescriptor {
        EstimatorDescriptor(name: "did2s", aliases: ["gardner"], summary: "Gardner's two-stage DiD with GMM-corrected clustered SEs",
                            options: TimingOptions.specifications + [
                                OptionSpecification(name: "dynamic", kind: .boolean, defaultValue: "false",
                                                    help: "event-time effects instead of one overall ATT"),
                            ],
                            requiresPanel: true, covarianceKinds: [.classical, .cluster])
    }

    /// Fits the model.
    public func fit(_ data: Dataset, request: FitRequest, options: EstimatorOptions) throws -> EstimationResult {
        try RegressionResult.requireUnitClustering(request, estimator: descriptor.name)
        guard request.formula.extraParts.isEmpty else {
            throw GravityError.invalidInput("`did2s` absorbs unit and period effects itself; remove the part after `|` (`\(request.formula.extraParts[0].text)`).")
        }
        let source = try TimingOptions.source(options, estimator: descriptor.name)
        var sample = try DiDRegressionSample(dataset: data, formula: request.formula, panel: request.panel!, timing: source,
                                             estimator: descriptor.name, keepSingletons: true)
        var notes: [BilingualText] = []
        var untreatedPeriods = Set<Int>()
        for i in 0..<sample.count where !sample.isTreated(i) { untreatedPeriods.insert(sample.period[i]) }
        if Set(sample.period).count > untreatedPeriods.count {
            let missing = Set(sample.period).subtracting(untreatedPeriods).sorted().map(sample.label)
            sample = try DiDRegressionSample(dataset: data, formula: request.formula, panel: request.panel!, timing: source,
                                             estimator: descriptor.name, keepSingletons: true, keepingPeriods: untreatedPeriods.contains)
            notes.append(BilingualText(
                "Period(s) \(missing.joined(separator: ", ")) have no untreated observation, so their period effect cannot be estimated; they were dropped.",
                chinese: "时期 \(missing.joined(separator: "、")) 没有未处理观测值，无法估计其时期效应，已删除。"))
        }
        let firstStage = try ImputationFirstStage(sample)
        let second = Self.secondStageDesign(sample, dynamic: options.bool("dynamic"))
        let fit = try LeastSquaresFit(response: firstStage.adjusted, design: second)
        let covariance = try TwoStageCovariance.covariance(sample: sample, firstStage: firstStage, design: fit.design,
                                                           residuals: fit.residuals, bread: fit.bread)
        notes += firstStage.notes + fit.omissions
        let untreated = firstStage.untreated.filter { $0 }.count
        notes.append(BilingualText(
            "First stage on the \(untreated) untreated observations (singleton units kept); standard errors: two-stage GMM sandwich clustered by \(sample.unit.name), no small-sample factor.",
            chinese: "第一阶段使用 \(untreated) 个未处理观测值（保留单例单位）；标准误：两阶段 GMM 夹心估计，按 \(sample.unit.name) 聚类，无小样本校正。"))
        return EstimationResult(model: descriptor.name, formula: request.formula.text, responseName: request.formula.responseName,
                                nobs: sample.count, covarianceLabel: "cluster-robust by \(sample.unit.name) (\(sample.unit.count) clusters); two-stage GMM sandwich (Gardner), no small-sample factor",
                                terms: fit.terms, estimates: fit.coefficients, covariance: covariance, inference: .normal,
                                confidenceLevel: request.confidenceLevel,
                                statistics: [FitStatistic("clusters", Double(sample.unit.count))],
                                fitted: sample.frame.alignedToInput(zip(sample.frame.response, fit.residuals).map { $0 - $1 }),
                                residuals: sample.frame.alignedToInput(fit.residuals), bilingualNotes: sample.notes + notes)
    }

    /// The treatment indicator, or the event-time indicators (every event time of treated rows' units but -1).
    static func secondStageDesign(_ sample: DiDRegressionSample, dynamic: Bool) -> DesignMatrix {
        let n = sample.count
        guard dynamic else {
            let d = (0..<n).map { sample.isTreated($0) ? 1.0 : 0.0 }
            return DesignMatrix(matrix: Matrix(rows: n, columns: 1, columnMajor: d), columnNames: ["ATT"], hasIntercept: false)
        }
        let eventTime = (0..<n).map { i in sample.cohort[i].map { sample.period[i] - $0 } }
        let times = Array(Set(eventTime.compactMap { $0 }).subtracting([-1])).sorted()
        var values = [Double](repeating: 0, count: n * times.count)
        let column = Dictionary(uniqueKeysWithValues: times.enumerated().map { ($1, $0) })
        for i in 0..<n {
            if let e = eventTime[i], let c = column[e] { values[c * n + i] = 1 }
        }
        return DesignMatrix(matrix: Matrix(rows: n, columns: times.count, columnMajor: values), columnNames: times.map { "event::\($0)" }, hasIntercept: false)
    }
}
