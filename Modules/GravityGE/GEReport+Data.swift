import GravityCore
import GravityIO

extension GEReport {
    /// The JSON of `docs/json-schema.md`: settings, baseline coefficients, convergence, `countries`
    /// and `budget_residuals`; with `bilateral`, every pair's baseline flow and percentage changes.
    public static func json(_ analysis: GEAnalysis, bilateral: Bool = false) -> JSONValue {
        let outcome = analysis.outcome
        var members: [(String, JSONValue)] = [
            ("method", .string(outcome.method.rawValue)),
            ("endowment", .string(analysis.settings.endowment.rawValue)),
            ("stop", .string(outcome.method == .geppml && analysis.sectors == nil ? analysis.settings.stop.name : "solver")),
            ("tolerance", tolerance(analysis)),
            ("sigma", .optional(outcome.sigma.isFinite ? outcome.sigma : nil)),
            ("reference", .string(analysis.referenceCountry)),
            ("scenario", .array(analysis.scenario.map { .string($0) })),
            ("baseline", baseline(analysis.prepared)),
            ("iterations", .number(Double(analysis.iterations))),
            ("converged", .bool(analysis.converged)),
            ("last_change", .optional(outcome.full?.lastChange)),
            ("countries", .array(outcome.countries.indices.map { country(analysis, $0) })),
            ("budget_residuals", .object([("conditional", residuals(outcome.conditional.budgetResiduals, outcome.countries))]
                                         + (outcome.full.map { [("full", residuals($0.state.budgetResiduals, outcome.countries))] } ?? []))),
        ]
        if let bootstrap = analysis.bootstrap {
            members.append(("bootstrap", .object([("draws", .number(Double(bootstrap.draws))), ("failed", .number(Double(bootstrap.failed))),
                                                  ("seed", .number(Double(bootstrap.seed))), ("level", .number(bootstrap.level)),
                                                  ("failure_reasons", .array(bootstrap.failureReasons.map { .string($0) }))])))
        }
        if let sectors = analysis.sectors {
            members.append(("model", .string(SectorCounterfactual.model)))
            members.append(("sectors", self.sectors(sectors)))
        }
        if bilateral { members.append(("bilateral", pairs(outcome))) }
        members.append(("notes", .array(englishNotes(analysis).map { .string($0) })))
        return .object(members)
    }

    /// Every exporter-importer pair: the baseline fitted flow and its conditional and full-endowment changes.
    private static func pairs(_ outcome: GEOutcome) -> JSONValue {
        let n = outcome.countries.count
        return .array((0..<(n * n)).map { p in
            let (i, j) = (p / n, p % n), base = outcome.baseline.flows[i, j]
            var members: [(String, JSONValue)] = [("exporter", .string(outcome.countries[i])), ("importer", .string(outcome.countries[j])),
                                                  ("baseline", .number(base)),
                                                  ("conditional_pct", .number(100 * (outcome.conditional.flows[i, j] / base - 1)))]
            if let full = outcome.full { members.append(("full_pct", .number(100 * (full.state.flows[i, j] / base - 1)))) }
            return .object(members)
        })
    }

    /// One row per country with every figure (full precision), and interval bounds when
    /// bootstrapped; with sectors, a leading `sector` column (`all` for the country totals) and
    /// every sector's rows after the totals.
    public static func csv(_ analysis: GEAnalysis) -> String {
        let outcome = analysis.outcome
        var header = ["country"] + CountryChanges.keys.prefix(5).map { "conditional_" + $0 }
        if outcome.fullChanges != nil { header += CountryChanges.keys.map { "full_" + $0 } }
        if let bootstrap = analysis.bootstrap {
            header += CountryChanges.keys.prefix(5).flatMap { ["conditional_\($0)_low", "conditional_\($0)_high"] }
            if bootstrap.full != nil { header += CountryChanges.keys.flatMap { ["full_\($0)_low", "full_\($0)_high"] } }
        }
        let sectorColumn = analysis.sectors == nil ? [] : ["sector"]
        var out = (sectorColumn + header).joined(separator: ",") + "\n"
        for i in outcome.countries.indices {
            var cells = (sectorColumn.isEmpty ? [] : ["all"]) + [ResultCSV.quote(outcome.countries[i])] + outcome.conditionalChanges[i].values.prefix(5).map(NumberFormatting.exact)
            if let full = outcome.fullChanges?[i] { cells += full.values.map(NumberFormatting.exact) }
            if let bootstrap = analysis.bootstrap {
                cells += bootstrap.conditional[i].prefix(5).flatMap { [NumberFormatting.exact($0.lowerBound), NumberFormatting.exact($0.upperBound)] }
                if let full = bootstrap.full?[i] { cells += full.flatMap { [NumberFormatting.exact($0.lowerBound), NumberFormatting.exact($0.upperBound)] } }
            }
            out += cells.joined(separator: ",") + "\n"
        }
        if let sectors = analysis.sectors { out += sectorRows(sectors, width: header.count + 1) }
        return out
    }

    private static func tolerance(_ analysis: GEAnalysis) -> JSONValue {
        if analysis.outcome.method == .solver || analysis.sectors != nil { return .number(analysis.settings.solverTolerance) }
        if case .converged(let tolerance) = analysis.settings.stop { return .number(tolerance) }
        return .null
    }

    static func baseline(_ prepared: PreparedCounterfactual) -> JSONValue {
        guard let fit = prepared.baselineFit, let model = prepared.costModel else { return .null }
        let rows: [JSONValue] = model.terms.map { term in
            let row = fit.coefficient(term)
            return .object([("term", .string(term)), ("estimate", .optional(row?.estimate)), ("std_error", .optional(row?.stdError))])
        }
        return .object([("model", .string(fit.model)), ("formula", .string(fit.formula)), ("nobs", .number(Double(fit.nobs))),
                        ("vcov", .string(fit.covarianceLabel)), ("coefficients", .array(rows))])
    }

    /// The first `count` figures of `changes` as an object keyed by ``CountryChanges/keys``.
    static func figures(_ changes: CountryChanges, count: Int) -> JSONValue {
        .object(Array(zip(CountryChanges.keys, changes.values).prefix(count)).map { ($0, .number($1)) })
    }

    private static func country(_ analysis: GEAnalysis, _ i: Int) -> JSONValue {
        let outcome = analysis.outcome
        var members: [(String, JSONValue)] = [("country", .string(outcome.countries[i])),
                                              ("conditional", figures(outcome.conditionalChanges[i], count: 5))]
        if let full = outcome.fullChanges?[i] { members.append(("full", figures(full, count: 7))) }
        if let bootstrap = analysis.bootstrap {
            func bounds(_ ranges: [ClosedRange<Double>], count: Int) -> JSONValue {
                .object(Array(zip(CountryChanges.keys, ranges).prefix(count)).map { ($0, .array([.number($1.lowerBound), .number($1.upperBound)])) })
            }
            var intervals = [("conditional", bounds(bootstrap.conditional[i], count: 5))]
            if let full = bootstrap.full?[i] { intervals.append(("full", bounds(full, count: 7))) }
            members.append(("intervals", .object(intervals)))
        }
        return .object(members)
    }

    static func residuals(_ residuals: BudgetResiduals, _ countries: [String]) -> JSONValue {
        .object([("largest", .number(residuals.largest)),
                 ("countries", .array(countries.indices.map { i in
                     .object([("country", .string(countries[i])), ("output", .number(residuals.output[i])), ("expenditure", .number(residuals.expenditure[i]))])
                 }))])
    }
}
