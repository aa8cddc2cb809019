/// Parsing of row conditions, with R's precedence (loosest first): `|`, `&`, `!`, the comparisons,
/// `%in%`, then the formula's arithmetic (`+ -`, `* /`, unary `-`, `^`) and function calls.
///
/// Arithmetic operands are parsed by the formula parser itself; a parenthesis opens either an
/// arithmetic group (`(a + b) / 2 > 1`) or a condition (`(a == 1 | b == 2) & c`): the first is
/// tried and, when it does not end in a place an operand can end, the second.
extension FormulaParser {
    /// Parses the whole text as a row condition.
    mutating func parseRowCondition() throws -> RowConditionNode {
        tokens = try FormulaTokenizer.tokenize(text)
        guard current.kind != .end else { throw error("the condition is empty") }
        let node = try parseDisjunction()
        guard current.kind == .end else { throw error("unexpected `\(tokenText(current))`") }
        return node
    }

    /// `a | b | ...`: a whole condition, also the argument of `I()` and `ifelse()` in formulas.
    mutating func parseDisjunction() throws -> RowConditionNode {
        try parseJoined(by: "|")
    }

    /// Operands joined by `|` (whose operands are joined by `&`) or by `&` (whose operands are
    /// negations), left to right.
    private mutating func parseJoined(by symbol: Character) throws -> RowConditionNode {
        var node = symbol == "|" ? try parseJoined(by: "&") : try parseNegation()
        while current.kind == .symbol(symbol) {
            advance()
            if current.kind == .symbol(symbol) {
                throw error("`\(symbol)\(symbol)` compares single values; write `\(symbol)` to combine rows")
            }
            let rhs = symbol == "|" ? try parseJoined(by: "&") : try parseNegation()
            node = symbol == "|" ? .or(node, rhs) : .and(node, rhs)
        }
        return node
    }

    private mutating func parseNegation() throws -> RowConditionNode {
        guard current.kind == .symbol("!") else { return try parseComparison() }
        let position = current.start
        advance()
        return .not(try parseNegation(), position: position)
    }

    private mutating func parseComparison() throws -> RowConditionNode {
        let lhs = try parseOperand()
        if current.kind == .symbol("=") { throw error("`=` alone is not a comparison; write `==`") }
        guard case .comparison(let op) = current.kind else { return lhs }
        advance()
        let rhs = try parseOperand()
        if case .comparison = current.kind { throw error("comparisons do not chain; join them with `&`") }
        return .compare(op, lhs, rhs, position: lhs.position)
    }

    /// A string, `is.na(...)`, an arithmetic expression or a parenthesised condition, with an
    /// optional `%in% set` after it.
    private mutating func parseOperand() throws -> RowConditionNode {
        let start = current.start
        var node: RowConditionNode
        switch current.kind {
        case .text(let value):
            advance()
            node = .text(value, position: start)
        case .identifier("is.na") where tokens[index + 1].kind == .symbol("("):
            advance()
            advance()
            node = .isMissing(try parseDisjunction(), position: start)
            try expect(")")
        case .symbol("("):
            let saved = index
            if let arithmetic = try? parseArithmetic(), endsOperand(current.kind) {
                node = .value(arithmetic, position: start)
            } else {
                index = saved
                advance()
                node = try parseDisjunction()
                try expect(")")
            }
        case .symbol(let s) where s == "|" || s == "&" || s == ")":
            throw error("a value is missing before `\(s)`")
        case .comparison(let op):
            throw error("a value is missing before `\(op)`")
        case .end:
            throw error("the condition ends too early")
        default:
            node = .value(try parseArithmetic(), position: start)
        }
        if current.kind == .comparison("%in%") {
            advance()
            node = .membership(node, try parseSet(), position: start)
        }
        return node
    }

    /// Whether an operand may end before `kind`.
    private func endsOperand(_ kind: FormulaToken.Kind) -> Bool {
        switch kind {
        case .comparison, .end, .symbol("&"), .symbol("|"), .symbol(")"): return true
        default: return false
        }
    }

    /// The right of `%in%`: `c(...)` of constants, or one constant or range.
    private mutating func parseSet() throws -> RowConditionSet {
        var set = RowConditionSet()
        if current.kind == .identifier("c") && tokens[index + 1].kind == .symbol("(") {
            advance()
            advance()
            if current.kind != .symbol(")") {
                try parseSetElement(into: &set)
                while current.kind == .symbol(",") {
                    advance()
                    try parseSetElement(into: &set)
                }
            }
            try expect(")")
        } else {
            try parseSetElement(into: &set)
        }
        return set
    }

    private mutating func parseSetElement(into set: inout RowConditionSet) throws {
        if case .text(let value) = current.kind {
            advance()
            set.texts.append(value)
            return
        }
        let from = try parseSetNumber()
        guard current.kind == .symbol(":") else {
            set.numbers.append(from)
            return
        }
        advance()
        let rangeStart = previous.start
        let to = try parseSetNumber()
        guard from == from.rounded(), to == to.rounded() else {
            throw GravityError.formulaSyntax("a range `from:to` takes whole numbers", formula: text, position: rangeStart)
        }
        set.ranges.append(Swift.min(from, to)...Swift.max(from, to))
    }

    private mutating func parseSetNumber() throws -> Double {
        let negative = current.kind == .symbol("-")
        if negative { advance() }
        guard case .number(let value) = current.kind else {
            throw error("`%in%` takes constants, e.g. c(1986, 1990) or c(\"USA\", \"CAN\") or 1986:2006; found `\(tokenText(current))`")
        }
        advance()
        return negative ? -value : value
    }
}
