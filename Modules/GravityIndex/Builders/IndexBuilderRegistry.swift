import GravityCore

/// The index methods available at run time, found by name.
public struct IndexBuilderRegistry: Sendable {
    /// The registered builders, in registration order.
    public private(set) var builders: [any IndexBuilder] = []

    /// An empty registry.
    public init() {}

    /// The registry with `pca`, `entropy` and `equal`.
    public static func standard() -> IndexBuilderRegistry {
        var registry = IndexBuilderRegistry()
        for builder: any IndexBuilder in [PCAIndexBuilder(), EntropyIndexBuilder(), EqualWeightIndexBuilder()] {
            try! registry.register(builder)
        }
        return registry
    }

    /// Adds a builder; a name that is taken or not lowercase throws.
    public mutating func register(_ builder: any IndexBuilder) throws {
        guard builder.name == builder.name.lowercased(), !builder.name.isEmpty else {
            throw GravityError.invalidInput("Index method names are lowercase and not empty; `\(builder.name)` is not.")
        }
        guard !builders.contains(where: { $0.name == builder.name }) else {
            throw GravityError.invalidInput("The index method `\(builder.name)` is already registered.")
        }
        builders.append(builder)
    }

    /// The builder called `name` (case-insensitive); an unknown name throws with the closest names.
    public func builder(named name: String) throws -> any IndexBuilder {
        let lowered = name.lowercased()
        if let builder = builders.first(where: { $0.name == lowered }) { return builder }
        let names = builders.map(\.name)
        let hint = closestMatches(to: name, in: names).first.map { " Did you mean `\($0)`?" } ?? ""
        throw GravityError.invalidOption("Unknown index method `\(name)`.\(hint) Available: \(names.joined(separator: ", ")).")
    }
}
