import GravityCore
import GravityLinearAlgebra

/// Callaway and Sant'Anna's (2021) staggered difference-in-differences: group-time average
/// treatment effects ATT(g, t) against never-treated or not-yet-treated controls, aggregated
/// four ways, with analytical standard errors from the influence function (as R `did`, Python
/// `csdid` and `moderndid` report them without bootstrap) and, when asked, uniform confidence
/// bands from the multiplier bootstrap.
///
/// The formula is `outcome ~ 1`, or `outcome ~ covariates` for the outcome-regression estimator
/// with covariates from the base period. The coefficient table holds the overall ATT (`ATT`, the
/// simple aggregation) and the event-time effects (`event::e`); a single table cannot hold four
/// aggregations of different levels, so the group-time cells and every aggregation go to the
/// `att_gt` and `aggregations` JSON sections (see docs/json-schema.md). There are no fitted values:
/// the estimator compares mean changes and predicts no outcome, and covariates are not
/// coefficients, so the conformance kit (fitted values per input row, a coefficient for `x1`)
/// does not apply; its numbers are checked against csdid and moderndid instead.
///
/// Example: `gravity fit mpdta.csv --model cs-did --formula "lemp ~ 1" --id countyreal --time year --option cohort=first.treat`
public struct CallawaySantAnnaEstimator: Estimator {
    /// Creates the estimator.
    public init() {}

    /// Name `cs-did` (aliases `cs`, `callaway-santanna`), options for timing, controls and the bootstrap.
    public var descriptor: EstimatorDescriptor {
        EstimatorDescriptor(name: "cs-did", aliases: ["cs", "callaway-santanna"],
                            summary: "Callaway-Sant'Anna group-time ATTs and their aggregations (staggered DiD)",
                            options: TimingOptions.specifications + [
                                OptionSpecification(name: "control", kind: .choice(ControlGroup.allCases.map(\.rawValue)), defaultValue: "never",
                                                    help: "controls: never-treated units, or also units not yet treated"),
                                OptionSpecification(name: "bootstrap", kind: .integer, defaultValue: "0",
                                                    help: "multiplier-bootstrap draws for uniform bands (0: none; 999 is usual)"),
                                OptionSpecification(name: "seed", kind: .integer, defaultValue: "20210101", help: "seed of the bootstrap"),
                            ],
                            requiresPanel: true)
    }

    /// Fits the model.
    public func fit(_ data: Dataset, request: FitRequest, options: EstimatorOptions) throws -> EstimationResult {
        guard let panelSpecification = request.panel else { preconditionFailure("requiresPanel is checked before fitting") }
        let source = try TimingOptions.source(options, estimator: descriptor.name)
        let control = ControlGroup(rawValue: options.string("control"))!
        let panel = try StaggeredPanel(dataset: data, formula: request.formula, panel: panelSpecification, timing: source, estimator: descriptor.name)
        let effects = try GroupTimeEffects(panel: panel, control: control)
        let aggregates = CallawaySantAnnaAggregates(effects)
        let reported = [aggregates.simple] + aggregates.dynamic.levels
        let terms = ["ATT"] + aggregates.dynamic.levels.map { "event::\($0.label!)" }
        var notes = panel.notes + effects.notes
        let never = control == .never, plain = panel.covariates == nil
        notes.append(BilingualText(
            "Controls: \(never ? "never-treated units" : "never-treated and not-yet-treated units"); base period varying; \(plain ? "no covariates" : "outcome regression on base-period covariates").",
            chinese: "对照组：\(never ? "从未受处理的单位" : "从未受处理和尚未受处理的单位")；基期随时期变化；\(plain ? "无协变量" : "以基期协变量做结果回归")。"))
        notes.append(BilingualText("Standard errors: analytical, from the unit-level influence function (clustered by unit), no small-sample factor.",
                                   chinese: "标准误：解析标准误，来自单位层面的影响函数（按单位聚类），无小样本校正。"))
        var sections: [(String, JSONValue)] = [("att_gt", CallawaySantAnnaJSON.cells(effects)), ("aggregations", CallawaySantAnnaJSON.aggregates(aggregates))]
        let draws = options.int("bootstrap")
        if draws > 0 {
            var random = SeededRandom(seed: UInt64(truncatingIfNeeded: options.int("seed")))
            let cellBands = MultiplierBootstrap(influence: effects.influence, draws: draws, level: request.confidenceLevel, random: &random)
            let eventBands = MultiplierBootstrap(influence: Self.matrix(aggregates.dynamic.levels), draws: draws, level: request.confidenceLevel, random: &random)
            sections.append(("uniform_bands", CallawaySantAnnaJSON.bands(effects: effects, cellBands: cellBands, aggregates: aggregates, eventBands: eventBands)))
            let percent = Int((request.confidenceLevel * 100).rounded()), seed = options.int("seed")
            notes.append(BilingualText("Uniform \(percent)% bands: multiplier bootstrap with Rademacher weights, \(draws) draws, seed \(seed).",
                                       chinese: "\(percent)% 一致置信带：Rademacher 权重的乘数自助法，\(draws) 次抽取，随机种子 \(seed)。"))
        }
        return EstimationResult(model: descriptor.name, formula: request.formula.text, responseName: request.formula.responseName,
                                nobs: panel.outcome.count, covarianceLabel: "cluster-robust by \(panelSpecification.unit) (\(panel.unitCount) clusters); analytical, from the unit-level influence function, no small-sample factor",
                                terms: terms, estimates: reported.map(\.estimate), covariance: Self.covariance(reported),
                                inference: .normal, confidenceLevel: request.confidenceLevel,
                                statistics: [FitStatistic("units", Double(panel.unitCount))],
                                bilingualNotes: notes, extraSections: sections)
    }

    /// The influence functions of `effects` as columns.
    static func matrix(_ effects: [AggregatedEffect]) -> Matrix {
        Matrix(rows: effects[0].influence.count, columns: effects.count, columnMajor: effects.flatMap(\.influence))
    }

    /// The joint covariance sum_i psi_i psi_i' / n^2.
    static func covariance(_ effects: [AggregatedEffect]) -> Matrix {
        let psi = matrix(effects)
        let n = Double(psi.rows)
        let cross = psi.crossProduct()
        return (1 / (n * n)) * cross
    }
}
