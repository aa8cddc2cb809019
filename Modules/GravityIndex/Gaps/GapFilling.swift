import GravityCore

/// Linear interpolation of missing values within each panel unit over time, as Stata's
/// `by unit: ipolate y time` (and `epolate` with extrapolation).
///
/// A missing value between two observed periods of the same unit is read off the straight line
/// joining the nearest observed period before and after it. With extrapolation, a missing value
/// before the first (after the last) observed period is read off the line through the first
/// two (last two) observed periods. Values are never borrowed from another unit. Cells that
/// cannot be filled stay missing and are listed with the reason. Only existing rows are filled:
/// a period for which a unit has no row at all stays absent.
public enum GapFilling {
    /// Fills the gaps of `variables` in `dataset`, a panel declared by `panel` with numeric time.
    ///
    /// - Throws: ``GravityError`` for unknown or text variables, a non-numeric time column or
    ///   duplicate unit-period pairs.
    public static func fill(_ dataset: Dataset, panel: PanelSpecification, variables: [String],
                            extrapolate: Bool = false) throws -> GapFillResult {
        guard !variables.isEmpty else { throw GravityError.invalidInput("Name the variables to fill with --vars.") }
        let index = try UnitTimeIndex(dataset, panel: panel)
        let periodColumn = try dataset.column(panel.time)
        var result = dataset
        var filled: [FilledCell] = []
        var unfilled: [UnfilledGap] = []
        for variable in variables {
            var values = try dataset.numeric(variable)
            for unit in index.units {
                let rows = unit.rows
                let observed = rows.indices.filter { !values[rows[$0]].isNaN }
                let missing = rows.indices.filter { values[rows[$0]].isNaN }
                guard !missing.isEmpty else { continue }
                var left: [GapReason: [String]] = [:]
                var next = 0
                for position in missing {
                    while next < observed.count && observed[next] < position { next += 1 }
                    let period = periodColumn.text(at: rows[position]) ?? ""
                    switch anchor(observed: observed, next: next, extrapolate: extrapolate) {
                    case .unfillable(let reason):
                        left[reason, default: []].append(period)
                    case .line(let a, let b, let method):
                        let (t0, t1, t) = (index.time[rows[a]], index.time[rows[b]], index.time[rows[position]])
                        let (y0, y1) = (values[rows[a]], values[rows[b]])
                        let value = y0 + (y1 - y0) * (t - t0) / (t1 - t0)
                        values[rows[position]] = value
                        filled.append(FilledCell(row: rows[position], unit: unit.label, period: period, variable: variable,
                                                 value: value, method: method))
                    }
                }
                for reason in [GapReason.noObservation, .singleObservation, .beforeFirstObservation, .afterLastObservation] {
                    if let periods = left[reason] {
                        unfilled.append(UnfilledGap(unit: unit.label, variable: variable, periods: periods, reason: reason))
                    }
                }
            }
            try result.setColumn(variable, .numeric(values))
        }
        var notes: [BilingualText] = []
        if index.skippedRows > 0 {
            notes.append(BilingualText("\(index.skippedRows) row(s) with a missing \(panel.unit) or \(panel.time) were left as they are.",
                                       chinese: "\(index.skippedRows) 行缺少 \(panel.unit) 或 \(panel.time)，保持原样。"))
        }
        return GapFillResult(dataset: result, filled: filled, unfilled: unfilled, bilingualNotes: notes)
    }

    /// The two observed positions whose line fills a gap, or why there are none.
    private enum Anchor {
        case line(Int, Int, FillMethod)
        case unfillable(GapReason)
    }

    /// The anchor of a missing position; `next` is the index in `observed` of the first observed
    /// position after it (`observed.count` when there is none).
    private static func anchor(observed: [Int], next: Int, extrapolate: Bool) -> Anchor {
        if observed.isEmpty { return .unfillable(.noObservation) }
        if next > 0 && next < observed.count { return .line(observed[next - 1], observed[next], .interpolated) }
        if !extrapolate { return .unfillable(next == 0 ? .beforeFirstObservation : .afterLastObservation) }
        if observed.count < 2 { return .unfillable(.singleObservation) }
        return next == 0 ? .line(observed[0], observed[1], .extrapolated)
            : .line(observed[observed.count - 2], observed[observed.count - 1], .extrapolated)
    }
}
