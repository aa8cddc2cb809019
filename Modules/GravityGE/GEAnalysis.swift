import GravityCore

/// A counterfactual with everything its report shows: the outcome, how costs were obtained, the
/// settings and, when asked, the bootstrap intervals.
public struct GEAnalysis: Sendable {
    /// The computed equilibria.
    public var outcome: GEOutcome
    /// The prepared input (baseline fit and cost model when costs were estimated); with several
    /// sectors, the first sector's (``sectors`` holds every sector's).
    public var prepared: PreparedCounterfactual
    /// With a sector column: every sector's preparation and equilibrium.
    public var sectors: SectorBreakdown?
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
        let breakdown = try specification.sector.map {
            try SectorBreakdown(data, column: $0, specification: specification, settings: settings, registry: registry)
        }
        if breakdown == nil, !specification.sectorSigmas.isEmpty {
            throw GravityError.invalidOption("Per-sector elasticities need a sector column (--sector).")
        }
        let prepared = try breakdown?.prepared[0] ?? PreparedCounterfactual(data, specification: specification, registry: registry)
        var outcome = try breakdown?.outcome.total ?? GECounterfactual.solve(prepared.input, settings: settings)
        var bootstrap: GEBootstrap? = nil
        if let draws, let breakdown {
            bootstrap = try GEBootstrap(sectors: breakdown, settings: settings, draws: draws, seed: seed)
        } else if let draws {
            bootstrap = try GEBootstrap(prepared, settings: settings, draws: draws, seed: seed)
        }
        switch specification.costs {
        case .estimated(_, let changes): scenario = changes.map(\.text)
        case .given(let baseline, let counterfactual): scenario = ["costs \(baseline) -> \(counterfactual)"]
        }
        self.settings = settings
        self.prepared = prepared
        if let bootstrap, bootstrap.failed > 0 {
            let reasons = bootstrap.failureReasons.joined(separator: " | ")
            outcome.notes.append(BilingualText("Warning: \(bootstrap.failed) of \(bootstrap.draws) bootstrap draws failed and are left out of the intervals: \(reasons)",
                                               chinese: "警告：\(bootstrap.draws) 次自助抽样中有 \(bootstrap.failed) 次失败，未计入区间：\(reasons)"))
        }
        self.outcome = outcome
        self.sectors = breakdown
        self.bootstrap = bootstrap
    }

    /// The reference country's label.
    public var referenceCountry: String { outcome.countries[outcome.reference] }

    /// Iterations of the full-endowment loop or solver (0 when only the conditional equilibrium was computed).
    public var iterations: Int { outcome.full?.iterations ?? 0 }

    /// Whether the computation reached its tolerance (true for the conditional equilibrium alone).
    public var converged: Bool { outcome.full?.converged ?? true }
}
