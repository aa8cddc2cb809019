/// Validated option values for one fit: every option the estimator declares, with defaults filled in.
public struct EstimatorOptions: Sendable, Equatable {
    private var values: [String: String]

    /// Validates `raw` (key to value) against `specifications`: unknown keys and ill-typed values throw.
    public init(_ raw: [String: String], specifications: [OptionSpecification], estimator: String) throws {
        var values: [String: String] = [:]
        for spec in specifications { values[spec.name] = spec.defaultValue }
        for (key, value) in raw {
            guard let spec = specifications.first(where: { $0.name == key }) else {
                let known = specifications.map(\.name)
                let hint = closestMatches(to: key, in: known).first.map { " Did you mean `\($0)`?" } ?? ""
                let list = known.isEmpty ? "takes no options" : "takes: \(known.joined(separator: ", "))"
                throw GravityError.invalidOption("The model `\(estimator)` has no option `\(key)`.\(hint) It \(list).")
            }
            values[key] = try spec.validate(value)
        }
        self.values = values
    }

    /// Parses `key=value` strings as given on the command line.
    public static func parsePairs(_ pairs: [String]) throws -> [String: String] {
        var result: [String: String] = [:]
        for pair in pairs {
            guard let equals = pair.firstIndex(of: "=") else {
                throw GravityError.invalidOption("Options are written key=value; `\(pair)` has no `=`.")
            }
            let key = String(pair[..<equals]).trimmingWhitespace()
            if result[key] != nil { throw GravityError.invalidOption("Option `\(key)` is given twice.") }
            result[key] = String(pair[pair.index(after: equals)...])
        }
        return result
    }

    /// The value of a declared option as text.
    public func string(_ name: String) -> String {
        guard let value = values[name] else { preconditionFailure("Option `\(name)` is not declared by the estimator") }
        return value
    }

    /// The value of a declared boolean option.
    public func bool(_ name: String) -> Bool { string(name) == "true" }

    /// The value of a declared integer option.
    public func int(_ name: String) -> Int { Int(string(name))! }

    /// The value of a declared real option.
    public func double(_ name: String) -> Double { Double(string(name))! }
}
