/// The kind of value an estimator option takes.
public enum OptionKind: Sendable, Equatable {
    /// `true` or `false`.
    case boolean
    /// A whole number.
    case integer
    /// A real number.
    case real
    /// One of the listed words.
    case choice([String])
    /// Any text.
    case text

    /// A short description for listings: `true|false`, `half-normal|exponential`, ...
    public var display: String {
        switch self {
        case .boolean: return "true|false"
        case .integer: return "integer"
        case .real: return "number"
        case .choice(let words): return words.joined(separator: "|")
        case .text: return "text"
        }
    }
}

/// One option an estimator takes: its name, kind, default and help text.
public struct OptionSpecification: Sendable, Equatable {
    /// The key, as written in `--option key=value`.
    public var name: String
    /// The kind of value.
    public var kind: OptionKind
    /// The default, as text.
    public var defaultValue: String
    /// One line of help.
    public var help: String

    /// An option specification.
    public init(name: String, kind: OptionKind, defaultValue: String, help: String) {
        self.name = name
        self.kind = kind
        self.defaultValue = defaultValue
        self.help = help
    }

    /// Checks `value` against the kind and returns it normalised, or throws a message naming the option.
    func validate(_ value: String) throws -> String {
        let trimmed = value.trimmingWhitespace()
        switch kind {
        case .boolean:
            switch trimmed.lowercased() {
            case "true", "yes", "1": return "true"
            case "false", "no", "0": return "false"
            default: throw GravityError.invalidOption("Option `\(name)` takes true or false, not `\(value)`.")
            }
        case .integer:
            guard Int(trimmed) != nil else { throw GravityError.invalidOption("Option `\(name)` takes a whole number, not `\(value)`.") }
            return trimmed
        case .real:
            guard let number = Double(trimmed), number.isFinite else { throw GravityError.invalidOption("Option `\(name)` takes a number, not `\(value)`.") }
            return trimmed
        case .choice(let words):
            guard words.contains(trimmed.lowercased()) else {
                let hint = closestMatches(to: trimmed, in: words).first.map { " Did you mean `\($0)`?" } ?? ""
                throw GravityError.invalidOption("Option `\(name)` takes one of \(words.joined(separator: ", ")), not `\(value)`.\(hint)")
            }
            return trimmed.lowercased()
        case .text:
            return trimmed
        }
    }
}
