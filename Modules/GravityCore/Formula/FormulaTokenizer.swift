/// A lexical token of a formula, with its character range in the source.
struct FormulaToken: Equatable {
    enum Kind: Equatable {
        case identifier(String)
        case number(Double)
        case symbol(Character)
        /// A comparison or `%in%`: `== != < <= > >= %in%`.
        case comparison(String)
        /// A string in double or single quotes, without the quotes.
        case text(String)
        case end
    }

    let kind: Kind
    /// Offset of the first character.
    let start: Int
    /// Offset one past the last character.
    let end: Int
}

/// Splits formula and row-condition text into tokens: names (any script, with `_` and `.`, or in
/// back-quotes), numbers, strings in quotes, the symbols `~ + - * / ^ : ( ) , | = & !` and the
/// comparisons `== != < <= > >= %in%`. Which tokens are allowed where is the parsers' business.
struct FormulaTokenizer {
    static let symbols: Set<Character> = ["~", "+", "-", "*", "/", "^", ":", "(", ")", ",", "|", "=", "&"]

    static func tokenize(_ text: String) throws -> [FormulaToken] {
        let chars = Array(text)
        var tokens: [FormulaToken] = []
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c.isWhitespace {
                i += 1
            } else if let (comparison, length) = try comparison(in: chars, at: i, text: text) {
                tokens.append(FormulaToken(kind: .comparison(comparison), start: i, end: i + length))
                i += length
            } else if c == "!" {
                tokens.append(FormulaToken(kind: .symbol(c), start: i, end: i + 1))
                i += 1
            } else if c == "\"" || c == "'" {
                let start = i
                let value = try quoted(chars, from: &i, text: text)
                tokens.append(FormulaToken(kind: .text(value), start: start, end: i))
            } else if symbols.contains(c) {
                tokens.append(FormulaToken(kind: .symbol(c), start: i, end: i + 1))
                i += 1
            } else if c == "`" {
                let start = i
                i += 1
                var name = ""
                while i < chars.count && chars[i] != "`" { name.append(chars[i]); i += 1 }
                guard i < chars.count else {
                    throw GravityError.formulaSyntax("unterminated back-quoted name", formula: text, position: start)
                }
                i += 1
                tokens.append(FormulaToken(kind: .identifier(name), start: start, end: i))
            } else if c.isNumber && c.isASCII || (c == "." && i + 1 < chars.count && chars[i + 1].isASCII && chars[i + 1].isNumber) {
                let start = i
                var literal = ""
                while i < chars.count && (chars[i].isASCII && (chars[i].isNumber || chars[i] == ".")) { literal.append(chars[i]); i += 1 }
                if i < chars.count && (chars[i] == "e" || chars[i] == "E") {
                    var j = i + 1
                    var exponent = "e"
                    if j < chars.count && (chars[j] == "+" || chars[j] == "-") { exponent.append(chars[j]); j += 1 }
                    if j < chars.count && chars[j].isASCII && chars[j].isNumber {
                        while j < chars.count && chars[j].isASCII && chars[j].isNumber { exponent.append(chars[j]); j += 1 }
                        literal += exponent
                        i = j
                    }
                }
                guard let value = Double(literal) else {
                    throw GravityError.formulaSyntax("`\(literal)` is not a number", formula: text, position: start)
                }
                tokens.append(FormulaToken(kind: .number(value), start: start, end: i))
            } else if c.isLetter || c == "_" || c == "." {
                let start = i
                var name = ""
                while i < chars.count && (chars[i].isLetter || chars[i].isNumber || chars[i] == "_" || chars[i] == ".") {
                    name.append(chars[i]); i += 1
                }
                tokens.append(FormulaToken(kind: .identifier(name), start: start, end: i))
            } else {
                throw GravityError.formulaSyntax("unexpected character `\(c)`", formula: text, position: i)
            }
        }
        tokens.append(FormulaToken(kind: .end, start: chars.count, end: chars.count))
        return tokens
    }

    /// The comparison operator starting at `i` and its length, if any.
    private static func comparison(in chars: [Character], at i: Int, text: String) throws -> (String, Int)? {
        let next: Character? = i + 1 < chars.count ? chars[i + 1] : nil
        switch chars[i] {
        case "=" where next == "=": return ("==", 2)
        case "!" where next == "=": return ("!=", 2)
        case "<", ">": return next == "=" ? (String(chars[i]) + "=", 2) : (String(chars[i]), 1)
        case "%":
            guard i + 3 < chars.count, String(chars[i...(i + 3)]) == "%in%" else {
                throw GravityError.formulaSyntax("the only `%...%` operator is `%in%`", formula: text, position: i)
            }
            return ("%in%", 4)
        default: return nil
        }
    }

    /// The string in quotes starting at `i` (a double or single quote), with `\\` escapes; moves `i` past it.
    private static func quoted(_ chars: [Character], from i: inout Int, text: String) throws -> String {
        let start = i, quote = chars[i]
        var value = ""
        i += 1
        while i < chars.count && chars[i] != quote {
            if chars[i] == "\\" && i + 1 < chars.count { i += 1 }
            value.append(chars[i])
            i += 1
        }
        guard i < chars.count else {
            throw GravityError.formulaSyntax("unterminated string: the closing \(quote) is missing", formula: text, position: start)
        }
        i += 1
        return value
    }
}
