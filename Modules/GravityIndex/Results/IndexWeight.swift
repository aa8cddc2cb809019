/// The weight of one part of a composite index: a principal component (`PC1`) or an indicator.
public struct IndexWeight: Sendable, Equatable {
    /// The component or indicator.
    public let label: String
    /// Its weight; the weights of an index sum to 1.
    public let value: Double

    /// A weight.
    public init(label: String, value: Double) {
        self.label = label
        self.value = value
    }
}
