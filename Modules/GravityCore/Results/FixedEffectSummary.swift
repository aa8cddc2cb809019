/// One absorbed fixed-effect dimension of a fit (`exporter^year`), as tables and JSON report it.
public struct FixedEffectSummary: Sendable, Equatable {
    /// The dimension as written after `|` (`exporter^year`).
    public var name: String
    /// Number of levels in the estimation sample.
    public var levelCount: Int
    /// Levels removed before estimation (singletons, separated groups).
    public var levelsRemoved: Int
    /// Degrees of freedom this dimension absorbs (its levels less redundant ones).
    public var absorbedDegreesOfFreedom: Int

    /// A summary from its counts.
    public init(name: String, levelCount: Int, levelsRemoved: Int = 0, absorbedDegreesOfFreedom: Int) {
        self.name = name
        self.levelCount = levelCount
        self.levelsRemoved = levelsRemoved
        self.absorbedDegreesOfFreedom = absorbedDegreesOfFreedom
    }
}
