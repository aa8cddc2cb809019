import GravityCore
import GravityIO

/// Trade-potential tables: long (unit, time, actual, predicted, K, class), wide (unit by period,
/// K and class in each cell, "-" where missing) and the transitions between classes.
public enum PotentialReport {
    /// The analysis in `format`, with labels, headings and notes in `language` (JSON is the same
    /// in every language: prose in English, class labels as the classification holds them).
    public static func render(_ potential: TradePotential, format: ReportFormat, language: RegressionTableOptions.Language = .en) -> String {
        switch format {
        case .json: return json(potential).serialized() + "\n"
        case .csv: return csv(potential, language: language)
        case .markdown: return markdown(potential, language: language)
        case .text: return text(potential, language: language)
        }
    }

    /// JSON: `model`, `prediction`, `rows` (unit, time, actual, predicted, k, class), `transitions`, `paths`,
    /// `thresholds`, `labels`, `warning`, `notes`.
    public static func json(_ potential: TradePotential) -> JSONValue {
        let warning: JSONValue = potential.warning.map { .string($0.english) } ?? .null
        return .object([
            ("model", .string(potential.model)),
            ("prediction", potential.isEfficiency ? .null : .string(potential.prediction.rawValue)),
            ("ratio", .string(potential.ratio.rawValue)),
            ("thresholds", .array([.number(potential.classification.lower), .number(potential.classification.upper)])),
            ("labels", .array(potential.classification.labels.map { .string($0) })),
            ("smearing_factor", .optional(potential.smearingFactor)),
            ("warning", warning),
            ("rows", .array(potential.rows.map { row in
                .object([("unit", .string(row.unit)), ("time", .string(row.time)), ("actual", .number(row.actual)),
                         ("predicted", .number(row.predicted)), ("k", .number(row.k)), ("class", .string(row.label))])
            })),
            ("transitions", .array(potential.transitions().map { t in
                .object([("unit", .string(t.unit)), ("from_time", .string(t.fromTime)), ("to_time", .string(t.toTime)),
                         ("from_class", .string(t.fromClass)), ("to_class", .string(t.toClass))])
            })),
            ("paths", .array(potential.pathDescriptions().map { .string($0) })),
            ("notes", .array(PotentialWording(.en).notes(potential).map { .string($0) })),
        ])
    }

    /// The long table as CSV, after a `#` comment line carrying the warning when there is one
    /// (read with `comment = "#"` in pandas, `comment.char = "#"` in R). The header holds column
    /// names, the same in every language; the class labels and the warning are in `language`.
    public static func csv(_ potential: TradePotential, language: RegressionTableOptions.Language = .en) -> String {
        let labels = potential.classification.labels(in: language)
        var out = potential.warning.map { "# " + $0.text(in: language) + "\n" } ?? ""
        out += "unit,time,actual,predicted,k,class\n"
        for row in potential.rows {
            out += [ResultCSV.quote(row.unit), ResultCSV.quote(row.time), NumberFormatting.exact(row.actual),
                    NumberFormatting.exact(row.predicted), NumberFormatting.exact(row.k), ResultCSV.quote(labels[row.classIndex])].joined(separator: ",") + "\n"
        }
        return out
    }

    /// The wide table's cells: K to three decimals and the class label in `language`, "-" where missing.
    public static func wideCells(_ potential: TradePotential, language: RegressionTableOptions.Language = .en) -> [[String]] {
        let cells = potential.rowsByCell
        let labels = potential.classification.labels(in: language)
        return potential.units.enumerated().map { unit, label in
            [label] + potential.periods.indices.map { period in
                cells[PotentialCell(unit: unit, period: period)].map { String(format: "%.3f ", $0.k) + labels[$0.classIndex] } ?? "-"
            }
        }
    }

    /// Text: the title, the wide table, the paths through the classes, and the notes.
    public static func text(_ potential: TradePotential, language: RegressionTableOptions.Language = .en) -> String {
        let words = PotentialWording(language)
        var out = words.title(potential) + "\n\n"
        if let warning = potential.warning { out += warning.text(in: language) + "\n\n" }
        out += TextTable(header: [potential.panel.unit] + potential.periods, rows: wideCells(potential, language: language)).rendered() + "\n\n"
        out += words.pathsHeading + "\n" + potential.pathDescriptions(in: language).map { "  " + $0 }.joined(separator: "\n") + "\n"
        out += "\n" + words.notesHeading + "\n" + words.notes(potential).map { "  - " + $0 }.joined(separator: "\n") + "\n"
        return out
    }

    /// Markdown: the title, the wide table, the transitions and the notes.
    public static func markdown(_ potential: TradePotential, language: RegressionTableOptions.Language = .en) -> String {
        let words = PotentialWording(language)
        var out = potential.warning.map { "> **\($0.text(in: language))**\n\n" } ?? ""
        out += "**" + ResultMarkdown.escape(words.title(potential)) + "**\n\n"
        out += "| \(ResultMarkdown.escape(potential.panel.unit)) | " + potential.periods.joined(separator: " | ") + " |\n"
        out += "|:--|" + String(repeating: ":-:|", count: potential.periods.count) + "\n"
        for cells in wideCells(potential, language: language) { out += "| " + cells.map(ResultMarkdown.escape).joined(separator: " | ") + " |\n" }
        let transitions = potential.transitions(in: language)
        if !transitions.isEmpty {
            let unit = ResultMarkdown.escape(potential.panel.unit)
            out += "\n| \(unit) | \(words.from) | \(words.to) | \(words.classBefore) | \(words.classAfter) |\n|:--|:-:|:-:|:--|:--|\n"
            for t in transitions { out += "| \(ResultMarkdown.escape(t.unit)) | \(t.fromTime) | \(t.toTime) | \(t.fromClass) | \(t.toClass) |\n" }
        }
        out += "\n" + words.notes(potential).map { "- " + ResultMarkdown.escape($0) }.joined(separator: "\n") + "\n"
        return out
    }
}
