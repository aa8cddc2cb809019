/// Parsing of the formula calls whose arguments are not plain arithmetic: `I()` and `ifelse()`,
/// which take R conditions (`I(exporter != importer)`, `ifelse(year == 1986, log(DIST), 0)`),
/// and `ave(x, g1, g2, FUN = sum)`, which takes grouping columns and a named statistic.
extension FormulaParser {
    /// Functions parsed here rather than by the generic call syntax.
    static let callsWithConditions: Set<String> = ["I", "ifelse", "ave"]

    /// Parses the call `name(` ... `)` (the name is consumed, the current token is `(`).
    mutating func parseCallWithCondition(_ name: String, start: Int) throws -> FormulaExpression {
        try expect("(")
        switch name {
        case "I":
            let inner = try parseConditionOrArithmetic()
            try expect(")")
            return .call("I", [inner])
        case "ifelse":
            let test = try parseConditionOrArithmetic()
            try expectArgumentSeparator("ifelse() takes three arguments: ifelse(test, yes, no)")
            let yes = try parseArithmetic()
            try expectArgumentSeparator("ifelse() takes three arguments: ifelse(test, yes, no)")
            let no = try parseArithmetic()
            guard current.kind == .symbol(")") else { throw error("ifelse() takes three arguments: ifelse(test, yes, no)") }
            advance()
            return .call("ifelse", [test, yes, no])
        default:
            return try parseGroupStatistic(start: start)
        }
    }

    /// An R condition (comparisons, `%in%`, `is.na`, `&`, `|`, `!`) or, when the text has none,
    /// plain arithmetic.
    private mutating func parseConditionOrArithmetic() throws -> FormulaExpression {
        let start = current.start
        switch try parseDisjunction() {
        case .value(let expression, _):
            return expression
        case .text(_, let position):
            throw GravityError.formulaSyntax("a string in quotes is not a number; compare it with a column, as in exporter == \"USA\"",
                                             formula: text, position: position)
        default:
            return .condition(try RowCondition(source(from: start, to: previous.end)))
        }
    }

    private mutating func expectArgumentSeparator(_ message: String) throws {
        guard current.kind == .symbol(",") else { throw error(message) }
        advance()
    }

    /// The arguments of `ave(`: the summarised expression, then grouping columns and `FUN = f`.
    private mutating func parseGroupStatistic(start: Int) throws -> FormulaExpression {
        let usage = "as in ave(trade, exporter, year, FUN = sum)"
        let value = try parseArithmetic()
        var groups: [String] = []
        var function: GroupStatistic.Function = .mean
        while current.kind == .symbol(",") {
            advance()
            if case .identifier(let key) = current.kind, tokens[index + 1].kind == .symbol("=") {
                guard key == "FUN" else { throw error("ave() takes grouping columns and FUN, not `\(key)`, \(usage)") }
                advance()
                advance()
                let names = GroupStatistic.Function.allCases.map(\.rawValue).joined(separator: ", ")
                guard case .identifier(let name) = current.kind, let chosen = GroupStatistic.Function(rawValue: name) else {
                    throw error("FUN in ave() is one of \(names); found `\(tokenText(current))`")
                }
                function = chosen
                advance()
            } else {
                guard case .identifier(let name) = current.kind, tokens[index + 1].kind != .symbol("(") else {
                    throw error("ave() groups by columns, \(usage); found `\(tokenText(current))`")
                }
                groups.append(name)
                advance()
            }
        }
        try expect(")")
        guard !groups.isEmpty else {
            throw GravityError.formulaSyntax("ave() needs at least one grouping column, \(usage)", formula: text, position: start)
        }
        return .groupStatistic(GroupStatistic(function: function, value: value, groups: groups, text: source(from: start, to: previous.end)))
    }
}
