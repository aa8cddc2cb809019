/// A condition that selects rows of a dataset, in R's syntax: `exporter != importer & year %in%
/// c(1986, 1990, 1994)`.
///
/// It takes comparisons (`== != < <= > >=`), `&`, `|`, `!`, parentheses, `x %in% c(...)` (numbers,
/// strings and whole-number ranges `1986:2006`), `is.na(x)`, the formula's arithmetic and functions
/// (`log(trade) > 0`), numbers, and strings in double or single quotes. Rows where the condition
/// is missing are not selected, as with R's `subset()`. Errors point at the character concerned.
public struct RowCondition: Sendable {
    /// The condition as written.
    public let text: String
    private let root: RowConditionNode
    private let columnPositions: [String: Int]

    /// Parses `text`; throws ``GravityError/rowConditionSyntax(_:condition:position:)`` at the problem.
    public init(_ text: String) throws {
        var parser = FormulaParser(text)
        do {
            root = try parser.parseRowCondition()
        } catch GravityError.formulaSyntax(let message, _, let position) {
            throw GravityError.rowConditionSyntax(message, condition: text, position: position)
        }
        var positions: [String: Int] = [:]
        for (k, token) in parser.tokens.enumerated() {
            if case .identifier(let name) = token.kind, parser.tokens[k + 1].kind != .symbol("("), positions[name] == nil {
                positions[name] = token.start
            }
        }
        self.text = text
        columnPositions = positions
    }

    /// The rows (ascending) where the condition is true.
    public func selectedRows(in dataset: Dataset) throws -> [Int] {
        var rows: [Int] = []
        for (i, truth) in try truths(in: dataset).enumerated() where truth == .yes { rows.append(i) }
        return rows
    }

    /// The condition as a number per row, as R's `as.numeric()` of a logical: 1 where it holds,
    /// 0 where it does not, `nan` where it is missing (`NA`). Formulas use it in `I(a != b)` and
    /// `ifelse(...)`.
    public func indicator(in dataset: Dataset) throws -> [Double] {
        try truths(in: dataset).map { truth in
            switch truth {
            case .yes: return 1
            case .no: return 0
            case .missing: return .nan
            }
        }
    }

    /// The columns the condition reads, in order of first appearance.
    public var variables: [String] {
        columnPositions.sorted { $0.value < $1.value }.map(\.key)
    }

    private func truths(in dataset: Dataset) throws -> [RowConditionValue.Truth] {
        let evaluator = RowConditionEvaluator(dataset: dataset, condition: text, columnPositions: columnPositions)
        let value = try evaluator.evaluate(root)
        guard case .logical(let truths) = value else {
            throw evaluator.failure("the condition must be true or false for each row, but this is \(value.kindDescription); compare it, e.g. `x != 0`", at: 0)
        }
        return truths
    }
}

extension RowCondition: Equatable {
    /// Two conditions are equal when they are written alike.
    public static func == (lhs: RowCondition, rhs: RowCondition) -> Bool { lhs.text == rhs.text }
}

extension Dataset {
    /// The rows where `condition` is true, in their order, as a new dataset.
    public func selecting(where condition: RowCondition) throws -> Dataset {
        selecting(rows: try condition.selectedRows(in: self))
    }
}
