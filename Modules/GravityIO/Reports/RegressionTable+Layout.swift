import Foundation
import GravityCore

/// The grid every format writes: a two-line header, sections of rows separated by rules, and notes.
extension RegressionTable {
    /// One cell: a number or text, its stars, and whether it is enclosed.
    struct Cell {
        /// What encloses the text.
        enum Enclosure { case none, parentheses, brackets }

        /// The number as formatted, or text; not escaped.
        var text: String
        /// Significance stars, written after the text.
        var stars = ""
        /// Parentheses under estimates, brackets around p-values of tests.
        var enclosure = Enclosure.none
        /// Whether `text` is a finite number (set in math mode in LaTeX).
        var isNumber = false

        /// An empty cell.
        static let empty = Cell(text: "")

        /// The text with its enclosure, without stars.
        var enclosedText: String {
            switch enclosure {
            case .none: return text
            case .parentheses: return "(" + text + ")"
            case .brackets: return "[" + text + "]"
            }
        }
    }

    /// One row: a label and one cell per model.
    struct Row {
        /// The label as plain text.
        var label: String
        /// The label ready for LaTeX, when it needs more than escaping (`$R^2$`).
        var latexLabel: String?
        /// One cell per model.
        var cells: [Cell]
    }

    /// A line under the table.
    enum Note {
        /// Plain text.
        case text(String)
        /// The meaning of the stars at these levels, largest first.
        case stars([Double])
    }

    /// The laid-out table.
    struct Layout {
        /// The heading of the label column.
        var corner: String
        /// The column numbers: (1), (2), ...
        var numbers: [String]
        /// The column labels.
        var columns: [String]
        /// Coefficients, auxiliary parameters, fixed effects, summary statistics, then tests; empty
        /// sections are left out.
        var sections: [[Row]]
        /// Lines under the table.
        var notes: [Note]
    }

    /// The table laid out in the options' language.
    func layout() -> Layout {
        let words = Vocabulary(options.language)
        let testRows = modelTestRows(words)
        let sections = [coefficientRows(terms, words), auxiliaryRows(words), fixedEffectRows(words), summaryRows(words), testRows]
            .filter { !$0.isEmpty }
        var notes: [Note] = []
        let responses = Set(models.map(\.responseName))
        if responses.count == 1, let response = responses.first, !response.isEmpty {
            notes.append(.text(words.dependentVariable + words.colon + response + words.stop))
        }
        notes += options.notes.map(Note.text)
        notes.append(.text(covarianceNote(words)))
        notes.append(.text(words.parenthesizedNote(options.parenthesized, statisticNames: models.map(\.inference.statisticName))))
        if !testRows.isEmpty { notes.append(.text(words.bracketsNote)) }
        notes += mixedDistributionNotes(words).map(Note.text)
        if !options.significanceLevels.isEmpty { notes.append(.stars(options.descendingLevels)) }
        notes += tests.map { .text(TestDescription.lineWithVerdict($0, language: options.language, number: number)) }
        return Layout(corner: words.corner, numbers: models.indices.map { "(\($0 + 1))" }, columns: columnLabels, sections: sections, notes: notes)
    }

    /// An estimate row and the parenthesised row under it for each term.
    private func coefficientRows(_ terms: [String], _ words: Vocabulary) -> [Row] {
        terms.flatMap { term -> [Row] in
            let rows = models.map { $0.coefficient(term) }
            let estimates = rows.map { row in
                row.map { Cell(text: number($0.estimate), stars: options.stars(pValue: $0.pValue), isNumber: $0.estimate.isFinite) } ?? .empty
            }
            let below = rows.map { row -> Cell in
                guard let row else { return .empty }
                let value = options.parenthesized == .standardError ? row.stdError : row.statistic
                return Cell(text: number(value), enclosure: .parentheses, isNumber: value.isFinite)
            }
            let symbol = Self.auxiliaryTerms.contains(term) && options.renames[term] == nil ? words.statistic(term) : (displayName(term), nil)
            return [Row(label: symbol.0, latexLabel: symbol.1, cells: estimates), Row(label: "", cells: below)]
        }
    }

    /// Frontier variance parameters (with their standard errors, without stars: a test of zero is
    /// not meaningful for them) and random-effects variance components.
    private func auxiliaryRows(_ words: Vocabulary) -> [Row] {
        var rows = coefficientRows(auxiliaryTermsShown, words).map { row in
            Row(label: row.label, latexLabel: row.latexLabel, cells: row.cells.map { var cell = $0; cell.stars = ""; return cell })
        }
        for key in Self.auxiliaryStatistics where models.contains(where: { $0.statistic(key) != nil && $0.coefficient(key) == nil }) {
            let label = words.statistic(key)
            rows.append(Row(label: label.plain, latexLabel: label.latex, cells: models.map { model in
                model.statistic(key).map { Cell(text: number($0), isNumber: $0.isFinite) } ?? .empty
            }))
        }
        return rows
    }

    /// "Exporter-year FE  Yes" for each absorbed dimension any model reports.
    private func fixedEffectRows(_ words: Vocabulary) -> [Row] {
        var names: [String] = []
        for model in models { for effect in model.fixedEffects where !names.contains(effect.name) { names.append(effect.name) } }
        return names.map { name in
            Row(label: words.fixedEffect(name), cells: models.map { model in
                Cell(text: model.fixedEffects.contains { $0.name == name } ? words.yes : words.no)
            })
        }
    }

    private func summaryRows(_ words: Vocabulary) -> [Row] {
        var rows: [Row] = []
        if Set(models.map(\.responseName)).count > 1 {
            rows.append(Row(label: words.dependentVariable, cells: models.map { Cell(text: $0.responseName) }))
        }
        rows.append(Row(label: words.observations, cells: models.map { Cell(text: NumberFormatting.grouped($0.nobs), isNumber: true) }))
        for key in shownStatistics {
            let label = words.statistic(key)
            rows.append(Row(label: label.plain, latexLabel: label.latex, cells: models.map { model in
                model.statistic(key).map { Cell(text: number($0), isNumber: $0.isFinite) } ?? .empty
            }))
        }
        return rows
    }

    /// One statistic row and one p-value row per kind of test the models report.
    private func modelTestRows(_ words: Vocabulary) -> [Row] {
        modelTestKinds.flatMap { kind -> [Row] in
            let found = models.map { model in model.tests.first { TestDescription.Kind(name: $0.name) == kind } }
            return [Row(label: TestDescription.rowLabel(kind, language: options.language), cells: found.map { test in
                        test.map { Cell(text: number($0.statistic), isNumber: $0.statistic.isFinite) } ?? .empty
                    }),
                    Row(label: words.pValue, cells: found.map { test in
                        test.map { Cell(text: number($0.pValue), enclosure: .brackets, isNumber: $0.pValue.isFinite) } ?? .empty
                    })]
        }
    }

    /// For a kind of test whose statistic follows different distributions in different columns
    /// (F in one, Wald chi2 in another): which is which.
    private func mixedDistributionNotes(_ words: Vocabulary) -> [String] {
        modelTestKinds.compactMap { kind in
            var groups: [(name: String, columns: [Int])] = []
            for (column, model) in models.enumerated() {
                guard let test = model.tests.first(where: { TestDescription.Kind(name: $0.name) == kind }) else { continue }
                let name = test.distribution == "chi2" && options.language == .zh ? "χ²" : test.distribution
                if let index = groups.firstIndex(where: { $0.name == name }) { groups[index].columns.append(column) } else { groups.append((name, [column])) }
            }
            guard groups.count > 1 else { return nil }
            return TestDescription.rowLabel(kind, language: options.language) + words.colon
                + groups.map { Self.columnRange($0.columns) + " " + $0.name }.joined(separator: words.zh ? "；" : "; ") + words.stop
        }
    }

    /// The keys of `options.statistics` that at least one model reports.
    var shownStatistics: [String] {
        options.statistics.filter { key in models.contains { $0.statistic(key) != nil } }
    }

    /// The kinds of the models' own tests, in order of first appearance; none when they are not shown.
    var modelTestKinds: [TestDescription.Kind] {
        guard options.showsModelTests else { return [] }
        var kinds: [TestDescription.Kind] = []
        for model in models {
            for test in model.tests {
                let kind = TestDescription.Kind(name: test.name)
                if !kinds.contains(kind) { kinds.append(kind) }
            }
        }
        return kinds
    }

    /// `x` with the options' decimals; `NA` when not a number, and no sign on a rounded zero.
    func number(_ x: Double) -> String {
        guard x.isFinite else { return x.isNaN ? "NA" : (x > 0 ? "Inf" : "-Inf") }
        let text = String(format: "%.\(max(0, options.digits))f", x)
        return text.hasPrefix("-") && text.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) ? String(text.dropFirst()) : text
    }
}
