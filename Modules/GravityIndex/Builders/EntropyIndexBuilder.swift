import GravityCore

/// The entropy weight index: min-max normalise each indicator (reversed for cost indicators),
/// weight it by its divergence `1 - entropy` and sum. See ``EntropyWeighting``.
public struct EntropyIndexBuilder: IndexBuilder {
    /// `entropy`.
    public let name = "entropy"
    /// One line for listings.
    public let summary = "entropy weights on min-max normalised indicators (benefit or cost direction)"

    /// The builder.
    public init() {}

    /// Builds the index; see the type's description.
    public func build(_ data: IndicatorData, options: IndexOptions) throws -> CompositeIndexResult {
        let oriented = try data.oriented(costIndicators: options.costIndicators)
        let diagnostics = IndexDiagnostics(oriented)
        let normalised = MinMaxNormalisation(oriented)
        let entropy = EntropyWeighting(normalised)
        let weights = zip(oriented.names, entropy.weights).map { IndexWeight(label: $0, value: $1) }
        return CompositeIndexResult(method: name, data: oriented, costIndicators: options.costIndicators, diagnostics: diagnostics,
                                    entropy: entropy, weights: weights, composite: normalised.weightedSum(entropy.weights),
                                    scaling: options.scaling, notes: diagnostics.singularity.map { [$0.bilingualDescription] } ?? [])
    }
}
