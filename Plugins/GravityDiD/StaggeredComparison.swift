import GravityCore
import GravityLinearAlgebra

/// A staggered-adoption design as the `gravity did` command states it: the panel, the outcome,
/// the treatment timing, optional covariates and the control group of Callaway and Sant'Anna.
public struct StaggeredDesign: Sendable {
    /// The unit and period columns.
    public var panel: PanelSpecification
    /// The outcome column.
    public var outcome: String
    /// Where the timing comes from.
    public var timing: TimingSource
    /// Covariate columns (empty: none).
    public var covariates: [String]
    /// Never-treated or not-yet-treated controls (Callaway-Sant'Anna only).
    public var control: ControlGroup
    /// Multiplier-bootstrap draws for Callaway-Sant'Anna's uniform bands (0: none).
    public var bootstrapDraws: Int
    /// Seed of the bootstrap.
    public var seed: Int
    /// Confidence level.
    public var confidenceLevel: Double

    /// A design; by default without covariates, never-treated controls, 999 bootstrap draws.
    public init(panel: PanelSpecification, outcome: String, timing: TimingSource, covariates: [String] = [], control: ControlGroup = .never,
                bootstrapDraws: Int = 999, seed: Int = 20_210_101, confidenceLevel: Double = 0.95) {
        self.panel = panel
        self.outcome = outcome
        self.timing = timing
        self.covariates = covariates
        self.control = control
        self.bootstrapDraws = bootstrapDraws
        self.seed = seed
        self.confidenceLevel = confidenceLevel
    }

    /// `outcome ~ covariates` (or `~ 1`), names back-quoted where they are not plain identifiers.
    func formula(extra: String? = nil) throws -> Formula {
        let terms = ([extra].compactMap { $0 } + covariates.map(Self.quoted))
        return try Formula(Self.quoted(outcome) + " ~ " + (terms.isEmpty ? "1" : terms.joined(separator: " + ")))
    }

    /// A column name as a formula writes it.
    static func quoted(_ name: String) -> String {
        let plain = name.first.map { $0.isLetter || $0 == "_" } == true && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }
        return plain ? name : "`\(name)`"
    }

    /// The timing as estimator options.
    var timingOptions: [String: String] {
        switch timing {
        case .cohort(let column): return ["cohort": column]
        case .indicator(let column): return ["treatment": column]
        }
    }
}

/// The estimators of the family side by side on one design, each reduced to an overall effect and
/// event-time effects, with the Goodman-Bacon decomposition of TWFE.
public struct StaggeredComparison: Sendable {
    /// The estimators `gravity did` runs, by key: `twfe`, `sun-abraham`, `cs`, `did2s`.
    public static let estimatorKeys = ["twfe", "sun-abraham", "cs", "did2s"]

    /// One event-time effect.
    public struct EventEffect: Sendable {
        /// Periods since treatment.
        public let eventTime: Int
        /// The estimate.
        public let estimate: Double
        /// Its standard error.
        public let standardError: Double
    }

    /// One estimator's results.
    public struct Summary: Sendable {
        /// The key (`twfe`, `sun-abraham`, `cs`, `did2s`).
        public let key: String
        /// The overall ATT.
        public let overall: EventEffect
        /// The event-time effects, ascending.
        public let eventTime: [EventEffect]
        /// The fits it came from (overall first).
        public let results: [EstimationResult]
    }

    /// The summaries, in the order asked for.
    public let summaries: [Summary]
    /// The Goodman-Bacon decomposition, when TWFE is run without covariates.
    public let bacon: BaconDecomposition?
    /// The design.
    public let design: StaggeredDesign

    /// Runs the estimators named by `keys` (see ``estimatorKeys``) on `data`.
    public init(data: Dataset, design: StaggeredDesign, estimators keys: [String] = estimatorKeys) throws {
        for key in keys where !Self.estimatorKeys.contains(key) {
            let hint = closestMatches(to: key, in: Self.estimatorKeys).first.map { " Did you mean `\($0)`?" } ?? ""
            throw GravityError.invalidOption("Unknown estimator `\(key)` for the DiD comparison.\(hint) Choose among \(Self.estimatorKeys.joined(separator: ", ")).")
        }
        func fit(_ estimator: any Estimator, _ formula: Formula, _ extra: [String: String] = [:]) throws -> EstimationResult {
            let request = FitRequest(formula: formula, panel: design.panel, options: design.timingOptions.merging(extra) { $1 },
                                     confidenceLevel: design.confidenceLevel)
            return try estimator.fit(data, request: request)
        }
        var summaries: [Summary] = []
        for key in keys {
            switch key {
            case "twfe":
                let overall = try fit(TwoWayFixedEffectsDiD(), try design.formula())
                var column = "event_time"
                while data.hasColumn(column) { column += "_" }
                let dynamic = try fit(EventStudyEstimator(), try design.formula(extra: "i(\(column), ref = -1)"))
                summaries.append(Self.summary(key, overall: overall, dynamic: dynamic, prefix: "\(column)::"))
            case "sun-abraham":
                let result = try fit(SunAbrahamEstimator(), try design.formula())
                summaries.append(Self.summary(key, overall: result, dynamic: result, prefix: "event::"))
            case "cs":
                let result = try fit(CallawaySantAnnaEstimator(), try design.formula(),
                                     ["control": design.control.rawValue, "bootstrap": String(design.bootstrapDraws), "seed": String(design.seed)])
                summaries.append(Self.summary(key, overall: result, dynamic: result, prefix: "event::"))
            default:
                let overall = try fit(TwoStageDiD(), try design.formula())
                let dynamic = try fit(TwoStageDiD(), try design.formula(), ["dynamic": "true"])
                summaries.append(Self.summary(key, overall: overall, dynamic: dynamic, prefix: "event::"))
            }
        }
        self.summaries = summaries
        self.design = design
        self.bacon = keys.contains("twfe") && design.covariates.isEmpty
            ? try BaconDecomposition(dataset: data, outcome: design.outcome, panel: design.panel, timing: design.timing) : nil
    }

    private static func summary(_ key: String, overall: EstimationResult, dynamic: EstimationResult, prefix: String) -> Summary {
        let att = overall.coefficient("ATT")!
        let events = dynamic.coefficients.compactMap { row -> EventEffect? in
            guard row.term.hasPrefix(prefix), let e = Int(row.term.dropFirst(prefix.count)) else { return nil }
            return EventEffect(eventTime: e, estimate: row.estimate, standardError: row.stdError)
        }
        let results = overall.model == dynamic.model && overall.terms == dynamic.terms ? [overall] : [overall, dynamic]
        return Summary(key: key, overall: EventEffect(eventTime: 0, estimate: att.estimate, standardError: att.stdError),
                       eventTime: events.sorted { $0.eventTime < $1.eventTime }, results: results)
    }

    /// One result per estimator for a publication table: rows `ATT` and `event::e`, each with the
    /// standard error of its own fit (the covariance is diagonal: fits are not combined).
    public var tableModels: [EstimationResult] {
        summaries.map { summary in
            let effects = [summary.overall] + summary.eventTime
            let first = summary.results[0]
            var result = EstimationResult(model: first.model, formula: first.formula, responseName: first.responseName, nobs: first.nobs,
                                          covarianceLabel: first.covarianceLabel, terms: ["ATT"] + summary.eventTime.map { "event::\($0.eventTime)" },
                                          estimates: effects.map(\.estimate), covariance: Matrix.diagonal(effects.map { $0.standardError * $0.standardError }),
                                          inference: first.inference, confidenceLevel: first.confidenceLevel, statistics: first.statistics)
            result.bilingualNotes = first.bilingualNotes
            return result
        }
    }
}
