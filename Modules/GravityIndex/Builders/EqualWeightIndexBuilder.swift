import GravityCore

/// The equal-weight index: the mean of the min-max normalised indicators (reversed for cost
/// indicators), each with weight `1 / p`.
public struct EqualWeightIndexBuilder: IndexBuilder {
    /// `equal`.
    public let name = "equal"
    /// One line for listings.
    public let summary = "equal weights on min-max normalised indicators (benefit or cost direction)"

    /// The builder.
    public init() {}

    /// Builds the index; see the type's description.
    public func build(_ data: IndicatorData, options: IndexOptions) throws -> CompositeIndexResult {
        let oriented = try data.oriented(costIndicators: options.costIndicators)
        let diagnostics = IndexDiagnostics(oriented)
        let normalised = MinMaxNormalisation(oriented)
        let share = [Double](repeating: 1 / Double(oriented.names.count), count: oriented.names.count)
        let weights = zip(oriented.names, share).map { IndexWeight(label: $0, value: $1) }
        return CompositeIndexResult(method: name, data: oriented, costIndicators: options.costIndicators, diagnostics: diagnostics,
                                    weights: weights, composite: normalised.weightedSum(share),
                                    scaling: options.scaling, notes: diagnostics.singularity.map { [$0.bilingualDescription] } ?? [])
    }
}
