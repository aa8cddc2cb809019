import Foundation
import GravityCore
import GravityIO

/// A composite index in any ``ReportFormat``: text and Markdown show the diagnostics, the
/// weights and the index; JSON is ``IndexJSON``; CSV holds one line per row of the index.
public enum IndexReport {
    /// Rows of the index shown in the text format; the other formats show all.
    public static let textRowLimit = 20

    /// The result in `format`; text and Markdown in `language` (the builders' notes too, those
    /// written in English only under a heading that says so), JSON and CSV the same in every language.
    public static func render(_ result: CompositeIndexResult, format: ReportFormat, language: RegressionTableOptions.Language = .en) -> String {
        let words = IndexWording(language)
        switch format {
        case .json: return IndexJSON.string(result)
        case .csv: return csv(result)
        case .text:
            var out = heading(result, words) + "\n"
            for table in tables(result, rowLimit: textRowLimit, words) { out += "\n" + table.text }
            return out + notes(result.bilingualNotes, bullet: "  - ", words, language)
        case .markdown:
            var out = heading(result, words) + "\n"
            for table in tables(result, rowLimit: nil, words) { out += "\n" + table.markdown }
            return out + notes(result.bilingualNotes, bullet: "- ", words, language)
        }
    }

    /// One line per row: `row` (1-based), `unit` and `time` when a panel was declared, `composite`, `index`.
    static func csv(_ result: CompositeIndexResult) -> String {
        let panel = result.panel != nil
        var out = panel ? "row,unit,time,composite,index\n" : "row,composite,index\n"
        for i in result.index.indices {
            var cells = [String(result.rowIndices[i] + 1)]
            if panel { cells += [ResultCSV.quote(result.unitLabels[i]), ResultCSV.quote(result.periodLabels[i])] }
            cells += [NumberFormatting.exact(result.composite[i]), NumberFormatting.exact(result.index[i])]
            out += cells.joined(separator: ",") + "\n"
        }
        return out
    }

    private static func heading(_ result: CompositeIndexResult, _ words: IndexWording) -> String {
        var lines = [words.heading(method: result.method, indicators: result.variables.count, observations: result.observationCount,
                                   scaled: result.scaling == .minmax)]
        let diagnostics = result.diagnostics
        if let kmo = diagnostics.kmo {
            lines.append("KMO \(fixed(kmo.overall))" + (words.zh ? "（\(words.kmoVerdict(SamplingAdequacy.verdict(kmo.overall)))）" : " (\(SamplingAdequacy.verdict(kmo.overall)))"))
        }
        if let test = diagnostics.bartlett {
            lines.append(words.bartlett(df: "\(test.degreesOfFreedom)", statistic: NumberFormatting.significant(test.statistic), p: NumberFormatting.pValue(test.pValue, language: words.zh ? .zh : .en)))
        }
        if let pca = result.components {
            lines.append(words.componentsKept(pca.retained, rule: pca.retention))
        }
        return lines.joined(separator: "\n")
    }

    private static func tables(_ result: CompositeIndexResult, rowLimit: Int?, _ words: IndexWording) -> [ReportTable] {
        var tables = [indicatorTable(result, words)]
        let diagnostics = result.diagnostics
        if let pca = result.components {
            let weights = pca.weights
            tables.append(ReportTable(
                title: words.eigenvaluesTitle,
                header: [words.component, words.eigenvalue, words.proportion, words.cumulative, words.weight],
                rows: pca.eigenvalues.indices.map { j in
                    ["PC\(j + 1)", fixed(pca.eigenvalues[j]), fixed(pca.proportion[j]), fixed(pca.cumulative[j]),
                     j < weights.count ? fixed(weights[j]) : ""]
                }))
            let rotated = pca.varimax
            tables.append(ReportTable(
                title: words.rotatedTitle,
                header: [words.indicator] + (0..<rotated.loadings.columns).map { "RC\($0 + 1)" },
                rows: result.variables.indices.map { i in
                    [result.variables[i]] + (0..<rotated.loadings.columns).map { fixed(rotated.loadings[i, $0]) }
                } + [[words.proportion] + rotated.proportions.map(fixed)]))
        } else {
            tables.append(ReportTable(
                title: words.eigenvaluesTitle,
                header: [words.component, words.eigenvalue, words.proportion, words.cumulative],
                rows: diagnostics.eigen.values.indices.map { j in
                    ["PC\(j + 1)", fixed(diagnostics.eigen.values[j]), fixed(diagnostics.proportions[j]),
                     fixed(diagnostics.cumulativeProportions[j])]
                }))
        }
        tables.append(ReportTable(
            title: words.correlationTitle,
            header: [""] + result.variables,
            rows: result.variables.indices.map { i in
                [result.variables[i]] + result.variables.indices.map { fixed(diagnostics.correlation[i, $0]) }
            }))
        tables.append(indexTable(result, rowLimit: rowLimit, words))
        return tables
    }

    /// Per indicator: mean, sd, MSA, then the method's own columns.
    private static func indicatorTable(_ result: CompositeIndexResult, _ words: IndexWording) -> ReportTable {
        let diagnostics = result.diagnostics
        var header = [words.indicator, words.mean, words.standardDeviation, words.msa]
        var columns: [[String]] = [diagnostics.means.map(significant), diagnostics.standardDeviations.map(significant),
                                   diagnostics.kmo.map { $0.perVariable.map(fixed) } ?? result.variables.map { _ in "" }]
        if let pca = result.components {
            for j in 0..<pca.retained {
                header.append(words.loading(j + 1))
                columns.append(pca.loadings.column(j).map(fixed))
            }
            header.append(words.communality)
            columns.append(pca.communalities.map(fixed))
        } else {
            if let entropy = result.entropy {
                header += [words.entropy, words.divergence]
                columns += [entropy.entropy.map(fixed), entropy.divergence.map(fixed)]
            }
            header.append(words.weight)
            columns.append(result.weights.map { fixed($0.value) })
        }
        let direction = result.variables.map { words.direction(cost: result.costIndicators.contains($0)) }
        header.append(words.direction)
        columns.append(direction)
        let rows = result.variables.indices.map { i in [result.variables[i]] + columns.map { $0[i] } }
        return ReportTable(title: words.indicatorsTitle, header: header, rows: rows)
    }

    private static func indexTable(_ result: CompositeIndexResult, rowLimit: Int?, _ words: IndexWording) -> ReportTable {
        let shown = min(result.index.count, rowLimit ?? result.index.count)
        let panel = result.panel
        let header = [words.row] + (panel.map { [$0.unit, $0.time] } ?? []) + [words.composite, words.index]
        let rows = (0..<shown).map { i in
            [String(result.rowIndices[i] + 1)] + (panel == nil ? [] : [result.unitLabels[i], result.periodLabels[i]])
                + [significant(result.composite[i]), fixed(result.index[i])]
        }
        return ReportTable(title: words.indexTitle(shown: shown, total: result.index.count), header: header, rows: rows)
    }

    private static func notes(_ notes: [BilingualText], bullet: String, _ words: IndexWording, _ language: ReportLanguage) -> String {
        notes.sections(in: language, heading: words.notesHeading, untranslatedHeading: words.untranslatedNotesHeading).map { section in
            "\n" + section.heading + "\n" + section.sentences.map { bullet + $0 + "\n" }.joined()
        }.joined()
    }

    private static func fixed(_ x: Double) -> String {
        x.isFinite ? String(format: "%.4f", x) : "NA"
    }

    private static func significant(_ x: Double) -> String {
        NumberFormatting.significant(x, digits: 5)
    }
}
