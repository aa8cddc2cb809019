import GravityCore
import GravityIO

/// The account of a gap filling as text: every filled cell, then the gaps left missing.
public enum GapFillReport {
    /// The filled cells as a table (unit, period, variable, value, how), the gaps left missing and the notes.
    public static func render(_ result: GapFillResult, panel: PanelSpecification) -> String {
        var out: String
        if result.filled.isEmpty {
            out = "No cell was filled.\n"
        } else {
            let rows = result.filled.map { cell in
                [cell.unit, cell.period, cell.variable, NumberFormatting.significant(cell.value, digits: 8), cell.method.rawValue]
            }
            out = ReportTable(title: "Filled cells (\(result.filled.count))",
                              header: [panel.unit, panel.time, "Variable", "Value", "How"], rows: rows).text
        }
        if !result.unfilled.isEmpty {
            out += "\nLeft missing:\n" + result.unfilled.map { "  - \($0.note)\n" }.joined()
        }
        if !result.notes.isEmpty {
            out += "\nNotes:\n" + result.notes.map { "  - \($0)\n" }.joined()
        }
        return out
    }
}
