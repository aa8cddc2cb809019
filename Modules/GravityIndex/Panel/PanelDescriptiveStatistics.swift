import GravityCore

/// Descriptive statistics of panel variables: Stata's `xtsum` (overall, between and within
/// standard deviations) and per-unit summaries.
public enum PanelDescriptiveStatistics {
    /// Summaries of each expression in `expressions` (column names or formula expressions such
    /// as `log(trade)`) within the units of `panel`; with no expressions, every numeric column
    /// other than the unit and time columns. Rows whose unit is missing are left out.
    public static func summarize(_ dataset: Dataset, panel: PanelSpecification, expressions: [String] = []) throws -> [PanelVariableSummary] {
        let grouping = UnitGrouping(try dataset.column(panel.unit))
        _ = try dataset.column(panel.time)  // the time column must exist, though only units group the rows
        let names = expressions.isEmpty
            ? dataset.names.filter { $0 != panel.unit && $0 != panel.time && (try? dataset.numeric($0)) != nil }
            : expressions
        return try names.map { name in
            try summarize(name: name, values: values(of: name, in: dataset), grouping: grouping)
        }
    }

    /// The values of a column, or of an expression evaluated on the rows where it is defined.
    private static func values(of text: String, in dataset: Dataset) throws -> [Double] {
        if dataset.hasColumn(text) { return try dataset.numeric(text) }
        let frame = try ModelFrame(dataset: dataset, formula: try Formula("\(text) ~ 1"), extraParts: .reject("describe"))
        return frame.alignedToInput(frame.response).map { $0 ?? .nan }
    }

    /// The xtsum parts and per-unit summaries of one variable.
    private static func summarize(name: String, values: [Double], grouping: UnitGrouping) -> PanelVariableSummary {
        var present: [Double] = []
        var byUnit = [[Double]](repeating: [], count: grouping.labels.count)
        for (row, code) in grouping.codes.enumerated() where code >= 0 && values[row].isFinite {
            present.append(values[row])
            byUnit[code].append(values[row])
        }
        let overall = VariableSummary(name: name, values: present)
        let units = grouping.order.map { VariableSummary(name: grouping.labels[$0], values: byUnit[$0]) }
        let means = byUnit.map { $0.isEmpty ? Double.nan : $0.reduce(0, +) / Double($0.count) }
        var within: [Double] = []
        within.reserveCapacity(present.count)
        for (code, group) in byUnit.enumerated() {
            for value in group { within.append(value - means[code] + overall.mean) }
        }
        return PanelVariableSummary(name: name, overall: overall, between: PanelSpread(means), within: PanelSpread(within),
                                    unitCount: byUnit.filter { !$0.isEmpty }.count, units: units)
    }
}
