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
        case .text: return header(analysis) + "\n" + table(analysis, chinese: chinese).text() + "\n" + notes(analysis).map { "  - " + $0 }.joined(separator: "\n") + "\n"
        case .markdown: return table(analysis, chinese: chinese).markdown() + "\n" + notes(analysis).map { "- " + $0 }.joined(separator: "\n") + "\n"
        case .latex: return table(analysis, chinese: chinese).latex(caption: caption(analysis))
        case .docx: preconditionFailure("A .docx is binary: write GEReport.docx(_:chinese:)")
        }
    }

    /// The per-country table as a Word document.
    public static func docx(_ analysis: GEAnalysis, chinese: Bool = false) -> Data {
        table(analysis, chinese: chinese).docx(caption: caption(analysis))
    }

    /// The table caption: the report's first line.
    private static func caption(_ analysis: GEAnalysis) -> String {
        header(analysis).split(separator: "\n").first.map(String.init) ?? ""
    }

    /// The report's first lines: scenario, method, convergence and budget residuals.
    static func header(_ analysis: GEAnalysis) -> String {
        let outcome = analysis.outcome
        var lines = ["General-equilibrium counterfactual: \(analysis.scenario.joined(separator: ", ")) (sigma = \(NumberFormatting.significant(outcome.sigma)), reference \(analysis.referenceCountry))"]
        if let fit = analysis.prepared.baselineFit, let model = analysis.prepared.costModel {
            lines.append("Baseline \(fit.model) (\(fit.nobs) observations, \(fit.covarianceLabel)): " + zip(model.terms, model.coefficients).map { "\($0) \(NumberFormatting.significant($1))" }.joined(separator: ", "))
        }
        if let full = outcome.full {
            let how = outcome.method == .geppml ? "GEPPML loop, stop \(analysis.settings.stop.name)" : "direct solver"
            lines.append("Full endowment: \(how), \(full.iterations) iterations, \(full.converged ? "converged" : "NOT converged") (last change \(NumberFormatting.significant(full.lastChange, digits: 3))); largest budget residual \(NumberFormatting.significant(full.state.budgetResiduals.largest, digits: 3))")
        }
        if let bootstrap = analysis.bootstrap {
            lines.append("Bootstrap: \(bootstrap.draws - bootstrap.failed) of \(bootstrap.draws) draws solved (seed \(bootstrap.seed)), \(Int((bootstrap.level * 100).rounded()))% percentile intervals")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Conventions and warnings.
    static func notes(_ analysis: GEAnalysis) -> [String] {
        analysis.outcome.notes + (analysis.prepared.baselineFit?.notes ?? [])
    }

    /// The per-country table: conditional exports and resistances, then the full-endowment figures.
    static func table(_ analysis: GEAnalysis, chinese: Bool) -> GETable {
        let words = GEVocabulary(chinese: chinese), outcome = analysis.outcome
        var groups = [(words.conditional, [words.exports, words.outward, words.inward])]
        if outcome.fullChanges != nil { groups.append((words.full, [words.exports, words.price, words.outward, words.inward, words.realGDP])) }
        let withInterval = analysis.bootstrap?.full != nil
        if withInterval { groups[groups.count - 1].1.append(words.realGDP + " " + words.interval) }
        let rows: [[String]] = outcome.countries.indices.map { i in
            let c = outcome.conditionalChanges[i]
            var cells = [outcome.countries[i]] + [c.exports, c.outwardResistance, c.inwardResistance].map(format)
            if let f = outcome.fullChanges?[i] {
                cells += [f.exports, f.price, f.outwardResistance, f.inwardResistance, f.realGDP].map(format)
            }
            if withInterval, let range = analysis.bootstrap?.full?[i][6] { cells.append("[\(format(range.lowerBound)), \(format(range.upperBound))]") }
            return cells
        }
        return GETable(corner: words.country, groups: groups, rows: rows, unit: words.unit, chinese: chinese)
    }

    private static func format(_ x: Double) -> String { x.isFinite ? String(format: "%.2f", x) : "NA" }
}
