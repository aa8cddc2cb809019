/// Recursive-descent parser for ``Formula``.
///
/// At the formula level `+ - : *` build terms; inside a function call or `I()` the same symbols are
/// arithmetic. Errors report the character offset of the offending token.
struct FormulaParser {
    /// Functions allowed in expressions, with their number of arguments.
    static let functions: [String: Int] = [
        "log": 1, "log10": 1, "log1p": 1, "exp": 1, "sqrt": 1, "abs": 1, "I": 1, "factor": 1, "offset": 1,
    ]

    let text: String
    private let characters: [Character]
    var tokens: [FormulaToken] = []
    var index = 0

    init(_ text: String) {
        self.text = text
        self.characters = Array(text)
    }

    mutating func parseFormula() throws -> Formula {
        tokens = try FormulaTokenizer.tokenize(text)
        guard tokens.contains(where: { $0.kind == .symbol("~") }) else {
            throw GravityError.formulaSyntax("a formula needs `~` between the response and the regressors", formula: text, position: 0)
        }
        let responseStart = current.start
        if current.kind == .symbol("~") { throw error("the response is missing before `~`") }
        let response = try parseArithmetic()
        let responseName = source(from: responseStart, to: previous.end)
        try expect("~")
        var rhs = try parsePart()
        let offsets = try Self.extractOffsets(from: &rhs, formula: text)
        var extraParts: [FormulaPart] = []
        while current.kind == .symbol("|") {
            advance()
            let part = try parsePart()
            if part.terms.contains(where: \.containsOffset) {
                throw GravityError.formulaSyntax("offset() belongs before the first `|`", formula: text, position: 0)
            }
            extraParts.append(part)
        }
        guard current.kind == .end else { throw error("unexpected `\(tokenText(current))`") }
        if rhs.terms.isEmpty && !rhs.hasIntercept {
            throw GravityError.formulaSyntax("the model has no regressors and no intercept", formula: text, position: tokens.first { $0.kind == .symbol("~") }!.end)
        }
        return Formula(response: response, responseName: responseName, rhs: rhs, extraParts: extraParts, text: text, offsets: offsets)
    }

    /// Moves `offset(x)` terms out of the regressors: they enter the linear predictor with
    /// coefficient one. An offset inside an interaction is an error.
    private static func extractOffsets(from part: inout FormulaPart, formula: String) throws -> [FormulaTerm] {
        var offsets: [FormulaTerm] = []
        for term in part.terms where term.containsOffset {
            guard term.factors.count == 1, case .call("offset", let arguments) = term.factors[0] else {
                throw GravityError.formulaSyntax("offset() must be a term of its own, not part of `\(term.name)`", formula: formula, position: 0)
            }
            offsets.append(FormulaTerm(factors: [arguments[0]], name: term.name))
        }
        part.terms.removeAll(where: \.containsOffset)
        return offsets
    }

    // MARK: Formula level

    private mutating func parsePart() throws -> FormulaPart {
        let start = current.start
        var terms: [FormulaTerm] = []
        var hasIntercept = true
        var sign: Character = "+"
        if current.kind == .symbol("+") || current.kind == .symbol("-") {
            if case .symbol(let s) = current.kind { sign = s }
            advance()
        }
        while true {
            if case .number(let value) = current.kind, value == 0 || value == 1 {
                let removesIntercept = (value == 0) == (sign == "+")
                hasIntercept = !removesIntercept
                advance()
            } else {
                if current.kind == .end || current.kind == .symbol("|") { throw error("a term is missing here") }
                let group = try parseInteractionChain()
                for term in group {
                    if sign == "+" {
                        if !terms.contains(where: { $0.name == term.name }) { terms.append(term) }
                    } else {
                        terms.removeAll { $0.name == term.name }
                    }
                }
            }
            guard case .symbol(let s) = current.kind, s == "+" || s == "-" else { break }
            sign = s
            advance()
        }
        return FormulaPart(terms: terms, hasIntercept: hasIntercept, text: source(from: start, to: previous.end))
    }

    /// Parses `a:b*c ...` into the list of terms it expands to.
    private mutating func parseInteractionChain() throws -> [FormulaTerm] {
        var group = try parseTermFactor()
        while case .symbol(let s) = current.kind, s == ":" || s == "*" {
            advance()
            let right = try parseTermFactor()
            let crossed = group.flatMap { l in right.map { r in FormulaTerm(factors: l.factors + r.factors, name: l.name + ":" + r.name) } }
            group = s == ":" ? crossed : group + right + crossed
        }
        return group
    }

    /// A single factor at formula level, or a parenthesised group of terms.
    private mutating func parseTermFactor() throws -> [FormulaTerm] {
        if current.kind == .symbol("(") {
            advance()
            let inner = try parsePart()
            try expect(")")
            return inner.terms
        }
        let start = current.start
        switch current.kind {
        case .identifier, .number:
            var expression = try parsePrimary()
            if case .number = expression { throw GravityError.formulaSyntax("a number can only be 0 or 1 (the intercept) outside I()", formula: text, position: start) }
            if current.kind == .symbol("^") { expression = try parseCombination(first: expression, start: start) }
            return [FormulaTerm(factors: [expression], name: source(from: start, to: previous.end))]
        default:
            throw error("expected a variable or a function call, found `\(tokenText(current))`")
        }
    }

    /// Parses the rest of `a^b^c`, the groups formed by every observed combination of columns
    /// (fixest's syntax), after its first column `first`.
    private mutating func parseCombination(first: FormulaExpression, start: Int) throws -> FormulaExpression {
        var columns = [first]
        while current.kind == .symbol("^") {
            advance()
            let position = current.start
            columns.append(try parsePrimary())
            if columns.dropLast().contains(columns.last!) {
                throw GravityError.formulaSyntax("`\(source(from: position, to: previous.end))` is combined with itself", formula: text, position: position)
            }
        }
        for column in columns {
            switch column {
            case .variable: break
            case .call("factor", _): break
            default:
                throw GravityError.formulaSyntax("`^` combines columns (`exporter^year`); `\(source(from: start, to: previous.end))` combines an expression", formula: text, position: start)
            }
        }
        return .call(FormulaExpression.combinationFunction, columns)
    }

    // MARK: Arithmetic level

    mutating func parseArithmetic() throws -> FormulaExpression {
        var lhs = try parseProduct()
        while case .symbol(let s) = current.kind, s == "+" || s == "-" {
            advance()
            let rhs = try parseProduct()
            lhs = .binary(s == "+" ? .add : .subtract, lhs, rhs)
        }
        return lhs
    }

    private mutating func parseProduct() throws -> FormulaExpression {
        var lhs = try parseUnary()
        while case .symbol(let s) = current.kind, s == "*" || s == "/" {
            advance()
            let rhs = try parseUnary()
            lhs = .binary(s == "*" ? .multiply : .divide, lhs, rhs)
        }
        return lhs
    }

    private mutating func parseUnary() throws -> FormulaExpression {
        if current.kind == .symbol("-") {
            advance()
            return .negate(try parseUnary())
        }
        let base = try parsePrimary()
        if current.kind == .symbol("^") {
            advance()
            return .binary(.power, base, try parseUnary())
        }
        return base
    }

    private mutating func parsePrimary() throws -> FormulaExpression {
        let token = current
        switch token.kind {
        case .number(let value):
            advance()
            return .number(value)
        case .identifier(let name):
            advance()
            guard current.kind == .symbol("(") else { return .variable(name) }
            if name == "i" { return try parseIndicatorCall(start: token.start) }
            if Self.callsWithConditions.contains(name) { return try parseCallWithCondition(name, start: token.start) }
            guard let arity = Self.functions[name] else {
                let known = Set(Self.functions.keys).union(Self.callsWithConditions).sorted()
                let hint = closestMatches(to: name, in: known)
                let suffix = hint.isEmpty ? " Known functions: \(known.joined(separator: ", "))." : " Did you mean `\(hint[0])`?"
                throw GravityError.formulaSyntax("unknown function `\(name)`.\(suffix)", formula: text, position: token.start)
            }
            advance()
            var arguments: [FormulaExpression] = []
            if current.kind != .symbol(")") {
                arguments.append(try parseArithmetic())
                while current.kind == .symbol(",") {
                    advance()
                    arguments.append(try parseArithmetic())
                }
            }
            try expect(")")
            guard arguments.count == arity else {
                throw GravityError.formulaSyntax("`\(name)` takes \(arity) argument(s), got \(arguments.count)", formula: text, position: token.start)
            }
            if name == "factor", case .variable = arguments[0] {} else if name == "factor" {
                throw GravityError.formulaSyntax("factor() takes a column name", formula: text, position: token.start)
            }
            return .call(name, arguments)
        case .symbol("("):
            advance()
            let inner = try parseArithmetic()
            try expect(")")
            return inner
        default:
            throw error("expected a variable, number or function call, found `\(tokenText(token))`")
        }
    }

    // MARK: Helpers

    var current: FormulaToken { tokens[index] }
    var previous: FormulaToken { tokens[max(0, index - 1)] }

    mutating func advance() {
        if index < tokens.count - 1 { index += 1 }
    }

    mutating func expect(_ symbol: Character) throws {
        guard current.kind == .symbol(symbol) else { throw error("expected `\(symbol)`, found `\(tokenText(current))`") }
        advance()
    }

    func error(_ message: String) -> GravityError {
        .formulaSyntax(message, formula: text, position: current.start)
    }

    func tokenText(_ token: FormulaToken) -> String {
        token.kind == .end ? "end of input" : source(from: token.start, to: token.end)
    }

    func source(from start: Int, to end: Int) -> String {
        guard start < end else { return "" }
        return String(characters[start..<end]).trimmingWhitespace()
    }
}

extension String {
    /// The string without leading and trailing white space.
    func trimmingWhitespace() -> String {
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }
}
