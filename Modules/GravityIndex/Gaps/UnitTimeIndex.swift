import GravityCore

/// The rows of a panel grouped by unit and ordered by numeric time within each unit.
struct UnitTimeIndex {
    /// Units in order of first appearance, each with its rows sorted by time.
    let units: [(label: String, rows: [Int])]
    /// The time of each row (`nan` when missing).
    let time: [Double]
    /// Rows skipped because the unit or the time is missing.
    let skippedRows: Int

    /// Groups the rows of `dataset` by `panel.unit` and sorts them by `panel.time`.
    ///
    /// - Throws: when the time column holds something other than finite numbers (text labels that
    ///   are all numbers are read as numbers) or a unit has two rows for one period.
    init(_ dataset: Dataset, panel: PanelSpecification) throws {
        let unitColumn = try dataset.column(panel.unit)
        let timeColumn = try dataset.column(panel.time)
        let mustHoldNumbers = "The time column `\(panel.time)` must hold finite numbers (years, months counted from a start)"
        switch timeColumn {
        case .numeric(let values):
            if let bad = values.first(where: { $0.isInfinite }) { throw GravityError.invalidInput("\(mustHoldNumbers); it holds `\(bad)`.") }
            time = values
        case .text(let codes, let levels):
            let parsed = levels.map(\.finiteNumberValue)
            guard let bad = parsed.firstIndex(where: { $0 == nil }) else {
                time = codes.map { $0 < 0 ? .nan : parsed[Int($0)]! }
                break
            }
            let explanation = dataset.textExplanation(panel.time).map { " " + $0 } ?? ""
            throw GravityError.invalidInput("\(mustHoldNumbers); it holds `\(levels[bad])`.\(explanation)")
        }
        let grouping = UnitGrouping(unitColumn)
        var groups = grouping.labels.map { (label: $0, rows: [Int]()) }
        var skipped = 0
        for row in 0..<dataset.rowCount {
            let code = grouping.codes[row]
            guard code >= 0, !time[row].isNaN else {
                skipped += 1
                continue
            }
            groups[code].rows.append(row)
        }
        var duplicates: [String] = []
        for u in groups.indices {
            let time = self.time
            groups[u].rows.sort { time[$0] < time[$1] }
            for (a, b) in zip(groups[u].rows, groups[u].rows.dropFirst()) where time[a] == time[b] {
                duplicates.append("(\(groups[u].label), \(timeColumn.text(at: a) ?? ""))")
            }
        }
        guard duplicates.isEmpty else {
            throw GravityError.invalidInput("The panel has \(duplicates.count) duplicate \(panel.unit)-\(panel.time) pair(s), for example \(duplicates.prefix(5).joined(separator: ", ")); each unit may appear once per period.")
        }
        units = groups
        skippedRows = skipped
    }
}
