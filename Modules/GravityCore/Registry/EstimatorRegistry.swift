/// The estimators available at run time, found by name or alias.
///
/// A value type: each plug-in exposes a function that registers its estimators into a registry
/// passed in, and the umbrella module builds the standard registry from one list of those calls.
public struct EstimatorRegistry: Sendable {
    private var estimators: [any Estimator] = []

    /// An empty registry.
    public init() {}

    /// Adds an estimator; a name or alias already taken throws.
    public mutating func register(_ estimator: any Estimator) throws {
        let new = [estimator.descriptor.name] + estimator.descriptor.aliases
        for name in new where name != name.lowercased() {
            throw GravityError.invalidInput("Estimator names are lowercase; `\(name)` is not.")
        }
        for existing in estimators {
            let taken = [existing.descriptor.name] + existing.descriptor.aliases
            if let clash = new.first(where: taken.contains) {
                throw GravityError.invalidInput("The name `\(clash)` is already registered by `\(existing.descriptor.name)`.")
            }
        }
        estimators.append(estimator)
    }

    /// The descriptors of all registered estimators, in registration order.
    public var descriptors: [EstimatorDescriptor] { estimators.map(\.descriptor) }

    /// The estimator called `name` (or with that alias, case-insensitively); throws with the closest names.
    public func estimator(named name: String) throws -> any Estimator {
        let key = name.lowercased()
        if let found = estimators.first(where: { $0.descriptor.name == key || $0.descriptor.aliases.contains(key) }) {
            return found
        }
        let all = estimators.flatMap { [$0.descriptor.name] + $0.descriptor.aliases }
        var suggestions = closestMatches(to: key, in: all)
        if suggestions.isEmpty { suggestions = estimators.map(\.descriptor.name) }
        throw GravityError.unknownEstimator(name, suggestions: suggestions)
    }
}
