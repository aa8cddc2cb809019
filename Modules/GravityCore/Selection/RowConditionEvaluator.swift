/// Evaluates a parsed row condition over every row of a dataset, column by column.
///
/// Missing values follow R: a comparison with a missing value is missing, `NA & FALSE` is false,
/// `NA | TRUE` is true, `NA %in% set` is false, and a row whose condition is missing is not
/// selected (as `subset()` does). Text compares with text in Unicode code-point order; a number in
/// quotes compares with a numeric column as that number; a bare number compares with a text column
/// for equality only, as the text it prints as (`5` as "5").
struct RowConditionEvaluator {
    typealias Truth = RowConditionValue.Truth

    let dataset: Dataset
    /// The condition as written, for error messages.
    let condition: String
    /// Offset of each column name's first appearance, to point at unknown columns.
    let columnPositions: [String: Int]

    func evaluate(_ node: RowConditionNode) throws -> RowConditionValue {
        switch node {
        case .value(let expression, let position):
            return try value(expression, at: position)
        case .text(let value, _):
            return .text(value)
        case .isMissing(let inner, _):
            return .logical(missingness(try evaluate(inner)))
        case .not(let inner, let position):
            return .logical(try truths(inner, operator: "!", at: position).map(\.negated))
        case .and(let lhs, let rhs):
            return .logical(zip(try truths(lhs, operator: "&", at: lhs.position), try truths(rhs, operator: "&", at: rhs.position)).map(Truth.and))
        case .or(let lhs, let rhs):
            return .logical(zip(try truths(lhs, operator: "|", at: lhs.position), try truths(rhs, operator: "|", at: rhs.position)).map(Truth.or))
        case .compare(let op, let lhs, let rhs, let position):
            return .logical(try compare(op, try evaluate(lhs), try evaluate(rhs), at: position, rhsPosition: rhs.position))
        case .membership(let lhs, let set, let position):
            return .logical(try membership(try evaluate(lhs), in: set, at: position))
        }
    }

    /// The error pointing at `position`.
    func failure(_ message: String, at position: Int) -> GravityError {
        .rowConditionSyntax(message, condition: condition, position: position)
    }

    // MARK: Operands

    private func value(_ expression: FormulaExpression, at position: Int) throws -> RowConditionValue {
        for name in expression.variables where !dataset.hasColumn(name) {
            let unknown = GravityError.unknownVariable(name, suggestions: closestMatches(to: name, in: dataset.names))
            throw failure(unknown.description, at: columnPositions[name] ?? position)
        }
        switch expression {
        case .variable(let name):
            switch try dataset.column(name) {
            case .numeric(let values): return .numbers(values)
            case .text(let codes, let levels): return .texts(codes: codes, levels: levels)
            }
        case .number(let value):
            return .number(value)
        default:
            for name in expression.variables where !(try dataset.column(name)).isNumeric {
                throw failure("`\(name)` holds text; arithmetic needs numbers", at: columnPositions[name] ?? position)
            }
            var evaluator = ExpressionEvaluator(dataset: dataset)
            return .numbers(try evaluator.numeric(expression, label: condition))
        }
    }

    private func truths(_ node: RowConditionNode, operator op: String, at position: Int) throws -> [Truth] {
        let value = try evaluate(node)
        guard case .logical(let truths) = value else {
            throw failure("`\(op)` combines conditions, but this is \(value.kindDescription); compare it first, e.g. `x != 0`", at: position)
        }
        return truths
    }

    private func missingness(_ value: RowConditionValue) -> [Truth] {
        let n = dataset.rowCount
        switch value {
        case .numbers(let values): return values.map { $0.isNaN ? .yes : .no }
        case .number(let value): return [Truth](repeating: value.isNaN ? .yes : .no, count: n)
        case .texts(let codes, _): return codes.map { $0 < 0 ? .yes : .no }
        case .text: return [Truth](repeating: .no, count: n)
        case .logical(let truths): return truths.map { $0 == .missing ? .yes : .no }
        }
    }
}
