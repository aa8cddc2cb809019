import Foundation
import GravityCore
import GravityIO

/// Counterfactual reports: the per-country table (text, Markdown, LaTeX, CSV) and the JSON of
/// `docs/json-schema.md`.
public enum GEReport {
    /// The analysis in `format`; `chinese` labels the tables in Chinese; `bilateral` adds every
    /// pair's flow changes to the JSON.
    public static func render(_ analysis: GEAnalysis, format: GEReportFormat, chinese: Bool = false, bilateral: Bool = false) -> String {
        switch format {
        case .json: return json(analysis, bilateral: bilateral).serialized() + "\n"
        case .csv: return csv(analysis)
        case .text:
            return header(analysis, chinese: chinese) + "\n" + table(analysis, chinese: chinese).text()
                + sectorTables(analysis, chinese: chinese).map { "\n" + $0.heading + "\n" + $0.table.text() }.joined()
                + "\n" + notes(analysis, chinese: chinese, bullet: "  - ")
        case .markdown:
            return table(analysis, chinese: chinese).markdown()
                + sectorTables(analysis, chinese: chinese).map { "\n**\($0.heading)**\n\n" + $0.table.markdown() }.joined()
                + "\n" + notes(analysis, chinese: chinese, bullet: "- ")
        case .latex: return table(analysis, chinese: chinese).latex(caption: caption(analysis, chinese: chinese))
        case .docx: preconditionFailure("A .docx is binary: write GEReport.docx(_:chinese:)")
        }
    }

    /// The per-country table as a Word document.
    public static func docx(_ analysis: GEAnalysis, chinese: Bool = false) -> Data {
        table(analysis, chinese: chinese).docx(caption: caption(analysis, chinese: chinese))
    }

    /// The per-country table: conditional exports and resistances, then the full-endowment figures.
    static func table(_ analysis: GEAnalysis, chinese: Bool) -> GETable {
        table(analysis.outcome, bootstrap: analysis.bootstrap, chinese: chinese)
    }

    /// With sectors: one table per sector (its changes, without real GDP, which is a country figure).
    static func sectorTables(_ analysis: GEAnalysis, chinese: Bool) -> [(heading: String, table: GETable)] {
        guard let sectors = analysis.sectors else { return [] }
        return zip(sectors.sectors, sectors.outcome.bySector).map { label, outcome in
            ((chinese ? "部门 " : "Sector ") + label, table(outcome, bootstrap: nil, chinese: chinese, realGDP: false))
        }
    }

    private static func table(_ outcome: GEOutcome, bootstrap: GEBootstrap?, chinese: Bool, realGDP: Bool = true) -> GETable {
        let words = GEVocabulary(chinese: chinese)
        var groups = [(words.conditional, [words.exports, words.outward, words.inward])]
        if outcome.fullChanges != nil { groups.append((words.full, [words.exports, words.price, words.outward, words.inward] + (realGDP ? [words.realGDP] : []))) }
        let withInterval = bootstrap?.full != nil
        if withInterval { groups[groups.count - 1].1.append(words.realGDP + " " + words.interval) }
        let rows: [[String]] = outcome.countries.indices.map { i in
            let c = outcome.conditionalChanges[i]
            var cells = [outcome.countries[i]] + [c.exports, c.outwardResistance, c.inwardResistance].map(format)
            if let f = outcome.fullChanges?[i] {
                cells += ([f.exports, f.price, f.outwardResistance, f.inwardResistance] + (realGDP ? [f.realGDP] : [])).map(format)
            }
            if withInterval, let range = bootstrap?.full?[i][6] { cells.append("[\(format(range.lowerBound)), \(format(range.upperBound))]") }
            return cells
        }
        return GETable(corner: words.country, groups: groups, rows: rows, unit: words.unit, chinese: chinese)
    }

    private static func format(_ x: Double) -> String { x.isFinite ? String(format: "%.2f", x) : "NA" }
}
