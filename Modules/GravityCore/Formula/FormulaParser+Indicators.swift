/// Parsing of fixest's `i()`: `i(rel_time)`, `i(rel_time, ref = -1)`, `i(rel_time, x, ref = c(-1, -1000))`.
extension FormulaParser {
    /// Parses the arguments of `i(` (the name is consumed, the current token is `(`).
    mutating func parseIndicatorCall(start: Int) throws -> FormulaExpression {
        try expect("(")
        guard case .identifier(let variable) = current.kind, tokens[index + 1].kind != .symbol("(") else {
            throw error("i() takes a column name first, as in i(rel_time, ref = -1)")
        }
        advance()
        var specification = IndicatorSpecification(variable: variable)
        var sawReference = false
        while current.kind == .symbol(",") {
            advance()
            if case .identifier(let key) = current.kind, tokens[index + 1].kind == .symbol("=") {
                guard key == "ref" else {
                    throw error("i() takes the argument `ref` (the reference levels), not `\(key)`")
                }
                guard !sawReference else { throw error("`ref` is given twice") }
                advance()
                advance()
                specification.reference = try parseReferenceLevels()
                sawReference = true
            } else {
                guard specification.interaction == nil, !sawReference else {
                    throw error("i() takes one column, at most one interacted variable, then `ref = ...`")
                }
                let expressionStart = current.start
                specification.interaction = try parseArithmetic()
                specification.interactionName = source(from: expressionStart, to: previous.end)
            }
        }
        try expect(")")
        return .indicators(specification)
    }

    /// One level (`-1`, `2004`, `north`) or several in `c(...)`, as factor level labels.
    private mutating func parseReferenceLevels() throws -> [String] {
        if case .identifier("c") = current.kind, tokens[index + 1].kind == .symbol("(") {
            advance()
            advance()
            var levels = [try parseReferenceLevel()]
            while current.kind == .symbol(",") {
                advance()
                levels.append(try parseReferenceLevel())
            }
            try expect(")")
            return levels
        }
        return [try parseReferenceLevel()]
    }

    private mutating func parseReferenceLevel() throws -> String {
        var negative = false
        if current.kind == .symbol("-") {
            negative = true
            advance()
        }
        switch current.kind {
        case .number(let value):
            advance()
            let signed = negative ? -value : value
            return signed == signed.rounded() && abs(signed) < 1e15 ? String(Int64(signed)) : String(signed)
        case .identifier(let name) where !negative:
            advance()
            return name
        default:
            throw error("a reference level is a number or a name, found `\(tokenText(current))`")
        }
    }
}
