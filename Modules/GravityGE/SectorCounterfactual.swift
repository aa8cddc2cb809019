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

    /// ``model`` in Chinese, for Chinese reports.
    static let chineseModel = "多部门结构引力模型（Anderson 和 Yotov 2016，禀赋经济）：每个部门有各自的贸易成本、替代弹性 σₖ 以及出口国和进口国效应；"
        + "各国对每个部门的产品有固定禀赋，因此出厂价格随国家和部门而变；收入为各部门产出之和，支出 φⱼYⱼ 按基准份额分配到各部门（上层为 Cobb-Douglas 函数）。"
        + "条件一般均衡：各部门的多边阻力在其产出和支出固定时求解（以基准国在该部门的内向多边阻力标准化）。完全禀赋：各部门联合求解，以基准国的消费价格指数为计价物。"

    /// Every sector's conditional equilibrium (GEPPML steps or the exact solution, as `settings`
    /// say) and, unless only the conditional one is asked, the joint full-endowment equilibrium.
    public static func solve(_ inputs: SectorInputs, settings: GESettings = GESettings()) throws -> SectorOutcome {
        var conditionalOnly = settings
        conditionalOnly.endowment = .conditional
        var bySector = try inputs.inputs.map { try GECounterfactual.solve($0, settings: conditionalOnly) }
        let totals = SectorTotals(expenditureShares: inputs.expenditureShares, outputShares: inputs.outputShares)
        var notes = [BilingualText(model, chinese: chineseModel)]
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
            notes.append(BilingualText("Full endowment solved jointly over \(inputs.sectors.count) sectors in \(full[0].iterations) iterations; every sector's budgets balance to \(largest).",
                                       chinese: "完全禀赋由 \(inputs.sectors.count) 个部门联合求解，迭代 \(full[0].iterations) 次；各部门预算的相对偏差最多为 \(largest)。"))
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
