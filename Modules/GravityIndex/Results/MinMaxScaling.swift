/// Min-max scaling of a vector to [0, 1]: `(x - min) / (max - min)`.
public struct MinMaxScaling: Sendable, Equatable {
    /// The scaled values; all 0 when every value is the same.
    public let values: [Double]
    /// The smallest value before scaling.
    public let minimum: Double
    /// The largest value before scaling.
    public let maximum: Double

    /// Scales `x`.
    public init(_ x: [Double]) {
        minimum = x.min() ?? .nan
        maximum = x.max() ?? .nan
        let range = maximum - minimum
        let low = minimum
        values = range > 0 ? x.map { ($0 - low) / range } : [Double](repeating: 0, count: x.count)
    }

    /// Whether every value was the same, so that nothing could be scaled.
    public var isDegenerate: Bool { !(maximum > minimum) }
}
