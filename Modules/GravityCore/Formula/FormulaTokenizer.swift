/// A lexical token of a formula, with its character range in the source.
struct FormulaToken: Equatable {
    enum Kind: Equatable {
        case identifier(String)
        case number(Double)
        case symbol(Character)
        case end
    }

    let kind: Kind
    /// Offset of the first character.
    let start: Int
    /// Offset one past the last character.
    let end: Int
}

/// Splits formula text into tokens: names (any script, with `_` and `.`, or in back-quotes),
/// numbers, and the symbols `~ + - * / ^ : ( ) , | =`.
struct FormulaTokenizer {
    static let symbols: Set<Character> = ["~", "+", "-", "*", "/", "^", ":", "(", ")", ",", "|", "="]

    static func tokenize(_ text: String) throws -> [FormulaToken] {
        let chars = Array(text)
        var tokens: [FormulaToken] = []
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c.isWhitespace {
                i += 1
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
}
