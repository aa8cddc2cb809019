import GravityCore

/// How the counterfactual equilibrium is computed.
public enum GEMethod: String, Sendable, CaseIterable {
    /// The GEPPML procedure: PPMLs with the costs as an offset, iterated for the full endowment.
    case geppml
    /// The equilibrium system solved directly (fixed point with exact resistances).
    case solver
}

/// Which equilibria are reported.
public enum EndowmentScope: String, Sendable, CaseIterable {
    /// New resistances, outputs and expenditures fixed.
    case conditional
    /// Factory-gate prices, outputs and expenditures adjust too.
    case full
    /// Both.
    case both
}

/// The settings of a counterfactual computation.
public struct GESettings: Sendable {
    /// GEPPML or the direct solver.
    public var method: GEMethod = .geppml
    /// When the GEPPML full-endowment loop stops.
    public var stop: StoppingRule = .standard
    /// Which equilibria to compute.
    public var endowment: EndowmentScope = .both
    /// Tolerance of the direct solver's price updates.
    public var solverTolerance: Double = 1e-12
    /// Iteration limit of the loop or solver.
    public var maxIterations: Int = 1000
    /// The Poisson step of GEPPML.
    public var fitter: any PoissonEffectsFitter = ExactPoissonEffects()

    /// The default settings: GEPPML, converged to 1e-12, both equilibria.
    public init() {}
}

/// A computed counterfactual: baseline, conditional and full-endowment states with per-country changes.
public struct GEOutcome: Sendable {
    /// Country labels, in matrix order.
    public var countries: [String]
    /// The elasticity of substitution.
    public var sigma: Double
    /// Index of the reference country.
    public var reference: Int
    /// The method used.
    public var method: GEMethod
    /// The baseline state (fitted flows and resistances).
    public var baseline: StructuralState
    /// The conditional state (outputs and expenditures fixed).
    public var conditional: StructuralState
    /// Per-country changes in the conditional scenario.
    public var conditionalChanges: [CountryChanges]
    /// The full-endowment outcome, when computed.
    public var full: EndowmentOutcome?
    /// Per-country changes in the full-endowment scenario, when computed.
    public var fullChanges: [CountryChanges]?
    /// Conventions and warnings.
    public var notes: [String]
}

/// Computes general-equilibrium counterfactuals of structural gravity.
public enum GECounterfactual {
    /// The baseline, conditional and (unless only the conditional one is asked) full-endowment
    /// equilibria of `input`.
    public static func solve(_ input: GEInput, settings: GESettings = GESettings()) throws -> GEOutcome {
        let ref = input.reference
        let referenceExpenditure = input.expenditure[ref]
        let fitter: any PoissonEffectsFitter = settings.method == .geppml ? settings.fitter : ExactPoissonEffects()
        let baselineEffects = try fitter.fit(input.trade, costs: input.baselineCosts, reference: ref, start: nil)
        let conditionalEffects = try fitter.fit(input.trade, costs: input.counterfactualCosts, reference: ref, start: baselineEffects)
        let baseline = StructuralState(effects: baselineEffects, costs: input.baselineCosts, referenceExpenditure: referenceExpenditure)
        let conditional = StructuralState(effects: conditionalEffects, costs: input.counterfactualCosts, referenceExpenditure: referenceExpenditure)
        var notes = ["Resistances are normalised so that \(input.countries[ref])'s inward resistance is 1 in every scenario; changes of OMR and IMR are of Pi and P."]
        var full: EndowmentOutcome? = nil
        if settings.endowment != .conditional {
            switch settings.method {
            case .geppml:
                full = try BookEndowmentLoop(input: input, fitter: fitter, stop: settings.stop, maxIterations: settings.maxIterations)
                    .run(baseline: baselineEffects, conditional: conditionalEffects)
                if let outcome = full, !outcome.converged {
                    notes.append("Warning: the full-endowment loop stopped by the book's rule after \(outcome.iterations) iterations without converging; its last step still moved prices by up to \(outcome.lastChange). Drop --stop book to iterate to convergence.")
                }
                notes.append("Full endowment by the book's GEPPML loop (expenditure = phi * output); its flows miss the budgets by up to \(full!.state.budgetResiduals.largest) (relative), see budget_residuals.")
            case .solver:
                full = try EndowmentSolver(input: input, tolerance: settings.solverTolerance, maxIterations: settings.maxIterations).run(baseline: baseline)
                notes.append("Full endowment solved directly with expenditure = lambda * phi * output (one common lambda keeps world expenditure equal to world output); budgets balance to \(full!.state.budgetResiduals.largest).")
            }
        }
        let outcome = GEOutcome(countries: input.countries, sigma: input.sigma, reference: ref, method: settings.method,
                                baseline: baseline, conditional: conditional,
                                conditionalChanges: CountryChanges.all(baseline: baseline, state: conditional, priceChange: nil, sigma: input.sigma),
                                full: full,
                                fullChanges: full.map { CountryChanges.all(baseline: baseline, state: $0.state, priceChange: $0.priceChange, sigma: input.sigma) },
                                notes: notes)
        try checkFinite(outcome)
        return outcome
    }

    /// Throws, naming the country, when a reported change is not a finite number (costs so
    /// extreme that flows or resistances underflow or overflow).
    private static func checkFinite(_ outcome: GEOutcome) throws {
        for (scenario, changes) in [("conditional", outcome.conditionalChanges), ("full endowment", outcome.fullChanges ?? [])] {
            if let i = changes.firstIndex(where: { !$0.values.allSatisfy(\.isFinite) }) {
                throw GravityError.numerical("The \(scenario) counterfactual gives non-finite changes for \(outcome.countries[i]): flows or resistances underflow or overflow at these costs.")
            }
        }
    }
}
