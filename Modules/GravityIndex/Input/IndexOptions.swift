/// Whether the composite is rescaled before it is reported as the index.
public enum IndexScaling: String, Sendable, CaseIterable {
    /// `(c - min c) / (max c - min c)`, so the index runs from 0 to 1.
    case minmax
    /// The composite as computed.
    case none
}

/// How many principal components enter the index.
public enum ComponentRetention: Sendable, Equatable, CustomStringConvertible {
    /// The components whose eigenvalue is strictly greater than 1 (at least one).
    case kaiser
    /// Exactly this many components.
    case fixed(Int)
    /// The fewest components whose cumulative share of variance reaches this target (0 to 1].
    case cumulativeVariance(Double)

    /// A short description for reports (`eigenvalue > 1`, `fixed: 3`, `cumulative variance >= 0.85`).
    public var description: String {
        switch self {
        case .kaiser: return "Kaiser rule: eigenvalue > 1"
        case .fixed(let k): return "fixed: \(k) component(s)"
        case .cumulativeVariance(let target): return "cumulative variance >= \(target)"
        }
    }
}

/// The choices shared by every index builder.
public struct IndexOptions: Sendable, Equatable {
    /// Indicators for which a lower value is better; they enter with their sign reversed.
    public var costIndicators: [String]
    /// Whether the composite is min-max scaled to [0, 1].
    public var scaling: IndexScaling
    /// How many principal components are kept (`pca` only).
    public var retention: ComponentRetention

    /// Options; by default every indicator is a benefit indicator, the index is scaled to [0, 1]
    /// and principal components are kept by the Kaiser rule.
    public init(costIndicators: [String] = [], scaling: IndexScaling = .minmax, retention: ComponentRetention = .kaiser) {
        self.costIndicators = costIndicators
        self.scaling = scaling
        self.retention = retention
    }
}
