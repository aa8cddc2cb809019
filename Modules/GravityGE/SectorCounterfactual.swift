import GravityCore

/// A multi-sector counterfactual: each sector's equilibrium and the country totals.
public struct SectorOutcome: Sendable {
    /// Sector labels, in the order of ``bySector``.
    public var sectors: [String]
    /// Per sector: baseline, conditional and full-endowment states and changes (the full
    /// endowment from the joint solution of all sectors).
    public var bySector: [GEOutcome]
    /// Country totals over sectors (see ``SectorCounterfactual/model``).
    public var total: GEOutcome
}

/// Multi-sector structural gravity: the endowment model of Anderson and Yotov (2016, "Terms of
/// trade and global efficiency effects of free trade agreements") with a Cobb-Douglas upper tier.
public enum SectorCounterfactual {
    /// The model in one sentence, written into every multi-sector report.
    public static let model = "Multi-sector structural gravity (Anderson and Yotov 2016, endowment economy): per sector its own trade costs, "
        + "elasticity sigma_k and exporter and importer effects; countries hold fixed endowments of each sector's good, so factory-gate prices "
        + "change per country and sector; income is the sum of sectoral outputs, expenditure phi_j Y_j is spent on sectors with the baseline "
        + "shares (Cobb-Douglas upper tier). Conditional GE: each sector's resistances with its outputs and expenditures fixed "
        + "(resistances normalised to the reference country's inward resistance in that sector). Full endowment: all sectors solved jointly, "
        + "the numeraire being the reference country's consumer price index."

    /// Every sector's conditional equilibrium (GEPPML steps or the exact solution, as `settings`
    /// say) and, unless only the conditional one is asked, the joint full-endowment equilibrium.
    public static func solve(_ inputs: SectorInputs, settings: GESettings = GESettings()) throws -> SectorOutcome {
        var conditionalOnly = settings
        conditionalOnly.endowment = .conditional
        var bySector = try inputs.inputs.map { try GECounterfactual.solve($0, settings: conditionalOnly) }
        let totals = SectorTotals(expenditureShares: inputs.expenditureShares, outputShares: inputs.outputShares)
        var notes = [BilingualText(english: model)]
        var fullTotal: EndowmentOutcome? = nil
        if settings.endowment != .conditional {
            if settings.method == .geppml, settings.stop == .book {
                throw GravityError.invalidOption("--stop book is the one-sector loop of the book; with --sector the full endowment is solved jointly by the direct solver. Drop --stop book.")
            }
            let full = try SectorEndowmentSolver(inputs: inputs, baselines: bySector.map(\.baseline),
                                                 tolerance: settings.solverTolerance, maxIterations: settings.maxIterations).run()
            for k in bySector.indices {
                bySector[k].full = full[k]
                bySector[k].fullChanges = CountryChanges.all(baseline: bySector[k].baseline, state: full[k].state,
                                                             priceChange: full[k].priceChange, sigma: inputs.inputs[k].sigma)
            }
            let state = totals.state(full.map(\.state))
            let output = inputs.output
            fullTotal = EndowmentOutcome(state: state, priceChange: zip(state.output, output).map { $0 / $1 },
                                         iterations: full[0].iterations, converged: true, lastChange: full[0].lastChange)
            let largest = full.map(\.state.budgetResiduals.largest).max() ?? 0
            notes.append(BilingualText(english: "Full endowment solved jointly over \(inputs.sectors.count) sectors in \(full[0].iterations) iterations; every sector's budgets balance to \(largest)."))
        }
        let baseline = totals.state(bySector.map(\.baseline)), conditional = totals.state(bySector.map(\.conditional))
        let sigmas = Set(inputs.inputs.map(\.sigma))
        let total = GEOutcome(countries: inputs.countries, sigma: sigmas.count == 1 ? sigmas.first! : .nan, reference: inputs.reference,
                              method: settings.method, baseline: baseline, conditional: conditional,
                              conditionalChanges: totals.changes(bySector.map(\.conditionalChanges), baseline: baseline, state: conditional, full: false),
                              full: fullTotal,
                              fullChanges: fullTotal.map { totals.changes(bySector.compactMap(\.fullChanges), baseline: baseline, state: $0.state, full: true) },
                              notes: notes)
        try GECounterfactual.checkFinite(total)
        return SectorOutcome(sectors: inputs.sectors, bySector: bySector, total: total)
    }
}
