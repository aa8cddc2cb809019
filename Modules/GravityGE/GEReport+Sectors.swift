import GravityCore
import GravityIO

extension GEReport {
    /// The `sectors` member of the JSON: per sector its elasticity, baseline fit, per-country
    /// changes (real GDP is a country figure and is left out) and budget residuals.
    static func sectors(_ breakdown: SectorBreakdown) -> JSONValue {
        .array(breakdown.sectors.indices.map { k in
            let outcome = breakdown.outcome.bySector[k]
            let countries: [JSONValue] = outcome.countries.indices.map { i in
                var members: [(String, JSONValue)] = [("country", .string(outcome.countries[i])),
                                                      ("conditional", figures(outcome.conditionalChanges[i], count: 5))]
                if let full = outcome.fullChanges?[i] { members.append(("full", figures(full, count: 6))) }
                return .object(members)
            }
            var budgets = [("conditional", residuals(outcome.conditional.budgetResiduals, outcome.countries))]
            if let full = outcome.full { budgets.append(("full", residuals(full.state.budgetResiduals, outcome.countries))) }
            return .object([("sector", .string(breakdown.sectors[k])), ("sigma", .number(breakdown.prepared[k].input.sigma)),
                            ("baseline", baseline(breakdown.prepared[k])), ("countries", .array(countries)),
                            ("budget_residuals", .object(budgets))])
        })
    }

    /// The CSV rows of every sector: its label, the country and its figures (real GDP and
    /// intervals `NA`), `width` cells in all.
    static func sectorRows(_ breakdown: SectorBreakdown, width: Int) -> String {
        var out = ""
        for (label, outcome) in zip(breakdown.sectors, breakdown.outcome.bySector) {
            for i in outcome.countries.indices {
                var cells = [ResultCSV.quote(label), ResultCSV.quote(outcome.countries[i])]
                    + outcome.conditionalChanges[i].values.prefix(5).map(NumberFormatting.exact)
                if let full = outcome.fullChanges?[i] { cells += full.values.prefix(6).map(NumberFormatting.exact) }
                cells += [String](repeating: "NA", count: max(0, width - cells.count))
                out += cells.joined(separator: ",") + "\n"
            }
        }
        return out
    }
}
