import GravityCore
import GravityIO

/// Trade-potential tables: long (unit, time, actual, predicted, K, class), wide (unit by period,
/// K and class in each cell, "-" where missing) and the transitions between classes.
public enum PotentialReport {
    /// The analysis in `format`.
    public static func render(_ potential: TradePotential, format: ReportFormat) -> String {
        switch format {
        case .json: return json(potential).serialized() + "\n"
        case .csv: return csv(potential)
        case .markdown: return markdown(potential)
        case .text: return text(potential)
        }
    }

    /// JSON: `rows` (unit, time, actual, predicted, k, class), `transitions`, `paths`, `thresholds`, `labels`, `warning`, `notes`.
    public static func json(_ potential: TradePotential) -> JSONValue {
        let warning: JSONValue = potential.warning.map { .string($0) } ?? .null
        return .object([
            ("ratio", .string(potential.ratio.rawValue)),
            ("thresholds", .array([.number(potential.classification.lower), .number(potential.classification.upper)])),
            ("labels", .array(potential.classification.labels.map { .string($0) })),
            ("smearing_factor", .optional(potential.smearingFactor)),
            ("warning", warning),
            ("rows", .array(potential.rows.map { row in
                .object([("unit", .string(row.unit)), ("time", .string(row.time)), ("actual", .number(row.actual)),
                         ("predicted", .number(row.predicted)), ("k", .number(row.k)), ("class", .string(row.label))])
            })),
            ("transitions", .array(potential.transitions.map { t in
                .object([("unit", .string(t.unit)), ("from_time", .string(t.fromTime)), ("to_time", .string(t.toTime)),
                         ("from_class", .string(t.fromClass)), ("to_class", .string(t.toClass))])
            })),
            ("paths", .array(potential.pathDescriptions.map { .string($0) })),
            ("notes", .array(potential.notes.map { .string($0) })),
        ])
    }

    /// The long table as CSV, after a `#` comment line carrying the warning when there is one
    /// (read with `comment = "#"` in pandas, `comment.char = "#"` in R).
    public static func csv(_ potential: TradePotential) -> String {
        var out = potential.warning.map { "# " + $0 + "\n" } ?? ""
        out += "unit,time,actual,predicted,k,class\n"
        for row in potential.rows {
            out += [ResultCSV.quote(row.unit), ResultCSV.quote(row.time), NumberFormatting.exact(row.actual),
                    NumberFormatting.exact(row.predicted), NumberFormatting.exact(row.k), ResultCSV.quote(row.label)].joined(separator: ",") + "\n"
        }
        return out
    }

    /// The wide table's cells: K to three decimals and the class label, "-" where missing.
    public static func wideCells(_ potential: TradePotential) -> [[String]] {
        let cells = potential.rowsByCell
        return potential.units.enumerated().map { unit, label in
            [label] + potential.periods.indices.map { period in
                cells[PotentialCell(unit: unit, period: period)].map { String(format: "%.3f %@", $0.k, $0.label) } ?? "-"
            }
        }
    }

    /// Text: the wide table, the paths through the classes, and the notes.
    public static func text(_ potential: TradePotential) -> String {
        var out = "Trade potential K = actual / predicted (\(potential.ratio.rawValue))\n\n"
        if let warning = potential.warning { out += warning + "\n\n" }
        out += TextTable(header: ["Unit"] + potential.periods, rows: wideCells(potential)).rendered() + "\n\n"
        out += "Paths through the classes:\n" + potential.pathDescriptions.map { "  " + $0 }.joined(separator: "\n") + "\n"
        out += "\nNotes:\n" + potential.notes.map { "  - " + $0 }.joined(separator: "\n") + "\n"
        return out
    }

    /// Markdown: the wide table, the transitions and the notes.
    public static func markdown(_ potential: TradePotential) -> String {
        var out = potential.warning.map { "> **\($0)**\n\n" } ?? ""
        out += "| Unit | " + potential.periods.joined(separator: " | ") + " |\n"
        out += "|:--|" + String(repeating: ":-:|", count: potential.periods.count) + "\n"
        for cells in wideCells(potential) { out += "| " + cells.map(ResultMarkdown.escape).joined(separator: " | ") + " |\n" }
        let transitions = potential.transitions
        if !transitions.isEmpty {
            out += "\n| Unit | From | To | Class before | Class after |\n|:--|:-:|:-:|:--|:--|\n"
            for t in transitions { out += "| \(t.unit) | \(t.fromTime) | \(t.toTime) | \(t.fromClass) | \(t.toClass) |\n" }
        }
        out += "\n" + potential.notes.map { "- " + $0 }.joined(separator: "\n") + "\n"
        return out
    }
}
