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
    /// Conventions and warnings, in English and Chinese (the report picks one; JSON keeps English).
    public var notes: [BilingualText]
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
        var notes = [BilingualText("Resistances are normalised so that \(input.countries[ref])'s inward resistance is 1 in every scenario; changes of OMR and IMR are of Pi and P.",
                                   chinese: "多边阻力已标准化：\(input.countries[ref]) 的内向多边阻力在各情景下均为 1；外向与内向多边阻力的变化即 Π 与 P 的变化。")]
        var full: EndowmentOutcome? = nil
        if settings.endowment != .conditional {
            switch settings.method {
            case .geppml:
                full = try BookEndowmentLoop(input: input, fitter: fitter, stop: settings.stop, maxIterations: settings.maxIterations)
                    .run(baseline: baselineEffects, conditional: conditionalEffects)
                if let outcome = full, !outcome.converged {
                    notes.append(BilingualText("Warning: the full-endowment loop stopped by the book's rule after \(outcome.iterations) iterations without converging; its last step still moved prices by up to \(outcome.lastChange). Drop --stop book to iterate to convergence.",
                                               chinese: "警告：完全禀赋循环按书中规则在 \(outcome.iterations) 次迭代后停止，并未收敛；最后一步仍使价格变动最多 \(outcome.lastChange)。去掉 --stop book 即迭代至收敛。"))
                }
                let residual = full!.state.budgetResiduals.largest
                notes.append(BilingualText("Full endowment by the book's GEPPML loop (expenditure = phi * output); its flows miss the budgets by up to \(residual) (relative), see budget_residuals.",
                                           chinese: "完全禀赋由书中的 GEPPML 循环求得（支出 = φ × 产出）；其贸易流与预算的相对偏差最多为 \(residual)，见 budget_residuals。"))
            case .solver:
                full = try EndowmentSolver(input: input, tolerance: settings.solverTolerance, maxIterations: settings.maxIterations).run(baseline: baseline)
                let residual = full!.state.budgetResiduals.largest
                notes.append(BilingualText("Full endowment solved directly with expenditure = lambda * phi * output (one common lambda keeps world expenditure equal to world output); budgets balance to \(residual).",
                                           chinese: "完全禀赋直接求解，支出 = λ × φ × 产出（一个共同的 λ 使世界支出等于世界产出）；预算平衡至 \(residual)。"))
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
    static func checkFinite(_ outcome: GEOutcome) throws {
        for (scenario, changes) in [("conditional", outcome.conditionalChanges), ("full endowment", outcome.fullChanges ?? [])] {
            if let i = changes.firstIndex(where: { !$0.values.allSatisfy(\.isFinite) }) {
                throw GravityError.numerical("The \(scenario) counterfactual gives non-finite changes for \(outcome.countries[i]): flows or resistances underflow or overflow at these costs.")
            }
        }
    }
}
