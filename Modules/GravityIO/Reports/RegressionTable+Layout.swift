import Foundation
import GravityCore

/// The grid every format writes: a header, sections of rows separated by rules, and notes.
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
        /// The column headings.
        var columns: [String]
        /// Coefficients, then summary statistics, then tests; empty sections are left out.
        var sections: [[Row]]
        /// Lines under the table.
        var notes: [Note]
    }

    /// The table laid out in the options' language.
    func layout() -> Layout {
        let words = Vocabulary(options.language)
        let sections = [coefficientRows(), summaryRows(words), modelTestRows(words)].filter { !$0.isEmpty }
        var notes: [Note] = []
        let responses = Set(models.map(\.responseName))
        if responses.count == 1, let response = responses.first, !response.isEmpty {
            notes.append(.text(words.dependentVariable + words.colon + response))
        }
        notes.append(.text(words.parenthesizedNote(options.parenthesized, statisticNames: models.map(\.inference.statisticName))))
        if !options.significanceLevels.isEmpty { notes.append(.stars(options.descendingLevels)) }
        notes += tests.map { .text(describe($0)) }
        return Layout(corner: words.corner, columns: columnLabels, sections: sections, notes: notes)
    }

    private func coefficientRows() -> [Row] {
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
            return [Row(label: term, cells: estimates), Row(label: "", cells: below)]
        }
    }

    private func summaryRows(_ words: Vocabulary) -> [Row] {
        var rows: [Row] = []
        if Set(models.map(\.responseName)).count > 1 {
            rows.append(Row(label: words.dependentVariable, cells: models.map { Cell(text: $0.responseName) }))
        }
        rows.append(Row(label: words.observations, cells: models.map { Cell(text: String($0.nobs), isNumber: true) }))
        for key in shownStatistics {
            let label = words.statistic(key)
            rows.append(Row(label: label.plain, latexLabel: label.latex, cells: models.map { model in
                model.statistic(key).map { Cell(text: number($0), isNumber: $0.isFinite) } ?? .empty
            }))
        }
        if options.showsCovariance {
            rows.append(Row(label: words.covariance, cells: models.map { Cell(text: RegressionTable.shortCovarianceLabel($0.covarianceLabel)) }))
        }
        return rows
    }

    private func modelTestRows(_ words: Vocabulary) -> [Row] {
        modelTestNames.flatMap { name -> [Row] in
            let found = models.map { $0.tests.first { $0.name == name } }
            return [Row(label: name, cells: found.map { test in test.map { Cell(text: number($0.statistic), isNumber: $0.statistic.isFinite) } ?? .empty }),
                    Row(label: words.pValue, cells: found.map { test in
                        test.map { Cell(text: number($0.pValue), enclosure: .brackets, isNumber: $0.pValue.isFinite) } ?? .empty
                    })]
        }
    }

    /// The keys of `options.statistics` that at least one model reports.
    var shownStatistics: [String] {
        options.statistics.filter { key in models.contains { $0.statistic(key) != nil } }
    }

    /// The names of the models' own tests, in order of first appearance; none when they are not shown.
    var modelTestNames: [String] {
        guard options.showsModelTests else { return [] }
        var names: [String] = []
        for model in models { for test in model.tests where !names.contains(test.name) { names.append(test.name) } }
        return names
    }

    /// A test comparing the models on one line: `Hausman: chi2(3) = 12.345, p = 0.0061`.
    private func describe(_ test: TestResult) -> String {
        var distribution = test.distribution
        if let df = test.df {
            distribution += "(" + ([df] + (test.df2.map { [$0] } ?? [])).map { NumberFormatting.significant($0) }.joined(separator: ", ") + ")"
        }
        return "\(test.name): \(distribution) = \(number(test.statistic)), p = \(NumberFormatting.pValue(test.pValue))"
    }

    /// `x` with the options' decimals; `NA` when not a number, and no sign on a rounded zero.
    func number(_ x: Double) -> String {
        guard x.isFinite else { return x.isNaN ? "NA" : (x > 0 ? "Inf" : "-Inf") }
        let text = String(format: "%.\(max(0, options.digits))f", x)
        return text.hasPrefix("-") && text.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) ? String(text.dropFirst()) : text
    }
}

extension RegressionTable {
    /// The covariance label up to its first `;` or `:`, which names the kind (`classical`,
    /// `cluster-robust by firm (10 firm clusters)`, `observed information`); the full label stays in
    /// each model's own report and JSON.
    static func shortCovarianceLabel(_ label: String) -> String {
        let cut = label.firstIndex { $0 == ";" || $0 == ":" } ?? label.endIndex
        return String(label[..<cut])
    }
}
