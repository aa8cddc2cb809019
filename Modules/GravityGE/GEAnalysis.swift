import GravityCore

/// A counterfactual with everything its report shows: the outcome, how costs were obtained, the
/// settings and, when asked, the bootstrap intervals.
public struct GEAnalysis: Sendable {
    /// The computed equilibria.
    public var outcome: GEOutcome
    /// The prepared input (baseline fit and cost model when costs were estimated).
    public var prepared: PreparedCounterfactual
    /// The settings used.
    public var settings: GESettings
    /// The scenario as written (`INTL_BRDR=0`), or the cost columns when costs were given.
    public var scenario: [String]
    /// Bootstrap intervals, when asked.
    public var bootstrap: GEBootstrap?

    /// Prepares and solves `data` as `specification` and `settings` say; `bootstrap` draws (with
    /// `seed`) add percentile intervals.
    public init(_ data: Dataset, specification: GEDataSpecification, settings: GESettings, registry: EstimatorRegistry,
                bootstrap draws: Int? = nil, seed: UInt64 = 1) throws {
        prepared = try PreparedCounterfactual(data, specification: specification, registry: registry)
        self.settings = settings
        outcome = try GECounterfactual.solve(prepared.input, settings: settings)
        switch specification.costs {
        case .estimated(_, let changes): scenario = changes.map(\.text)
        case .given(let baseline, let counterfactual): scenario = ["costs \(baseline) -> \(counterfactual)"]
        }
        bootstrap = try draws.map { try GEBootstrap(prepared, settings: settings, draws: $0, seed: seed) }
        if let bootstrap, bootstrap.failed > 0 {
            let reasons = bootstrap.failureReasons.joined(separator: " | ")
            outcome.notes.append(BilingualText("Warning: \(bootstrap.failed) of \(bootstrap.draws) bootstrap draws failed and are left out of the intervals: \(reasons)",
                                               chinese: "警告：\(bootstrap.draws) 次自助抽样中有 \(bootstrap.failed) 次失败，未计入区间：\(reasons)"))
        }
    }

    /// The reference country's label.
    public var referenceCountry: String { outcome.countries[outcome.reference] }

    /// Iterations of the full-endowment loop or solver (0 when only the conditional equilibrium was computed).
    public var iterations: Int { outcome.full?.iterations ?? 0 }

    /// Whether the computation reached its tolerance (true for the conditional equilibrium alone).
    public var converged: Bool { outcome.full?.converged ?? true }
}
