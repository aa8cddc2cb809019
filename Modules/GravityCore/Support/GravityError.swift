/// Errors raised by GravityKit, each with a message that says what happened and what to do.
public enum GravityError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A variable or column that does not exist; `suggestions` are the closest existing names.
    case unknownVariable(String, suggestions: [String])
    /// An estimator name that is not registered; `suggestions` are the closest registered names.
    case unknownEstimator(String, suggestions: [String])
    /// An option the estimator does not take, or a value it cannot use.
    case invalidOption(String)
    /// A formula that cannot be parsed; `position` is the character offset (0-based) of the problem.
    case formulaSyntax(String, formula: String, position: Int)
    /// A row condition (`--where`) that cannot be parsed or evaluated; `position` is the character
    /// offset (0-based) of the problem.
    case rowConditionSyntax(String, condition: String, position: Int)
    /// Input data that cannot be used as given.
    case invalidInput(String)
    /// A file that cannot be read; `line` and `column` are 1-based where known.
    case fileFormat(String, path: String, line: Int?, column: Int?)
    /// A numerical failure: a singular matrix, a non-converging optimiser, an empty sample.
    case numerical(String)

    /// The message shown to the user.
    public var description: String {
        switch self {
        case .unknownVariable(let name, let suggestions):
            return "Unknown variable `\(name)`." + didYouMean(suggestions)
        case .unknownEstimator(let name, let suggestions):
            return "Unknown model `\(name)`." + didYouMean(suggestions) + " Run `gravity models` to list them."
        case .invalidOption(let message), .invalidInput(let message), .numerical(let message):
            return message
        case .formulaSyntax(let message, let formula, let position):
            return "Formula error at character \(position + 1): \(message)" + pointer(into: formula, at: position)
        case .rowConditionSyntax(let message, let condition, let position):
            return "Row condition error at character \(position + 1): \(message)" + pointer(into: condition, at: position)
        case .fileFormat(let message, let path, let line, let column):
            var location = path
            if let line { location += ", line \(line)" }
            if let column { location += ", column \(column)" }
            return "\(location): \(message)"
        }
    }

    /// The source on its own line and a caret under character `position`, counting wide (CJK)
    /// characters as the two terminal columns they take.
    private func pointer(into source: String, at position: Int) -> String {
        let before = source.prefix(max(0, position))
        return "\n  \(source)\n  " + String(repeating: " ", count: before.terminalWidth) + "^"
    }

    private func didYouMean(_ suggestions: [String]) -> String {
        guard !suggestions.isEmpty else { return "" }
        return " Did you mean " + suggestions.map { "`\($0)`" }.joined(separator: " or ") + "?"
    }
}
