import GravityCore

/// The degrees of freedom the fixed effects absorb, per dimension.
///
/// Rule (reghdfe's, exact for one and two dimensions): the first dimension absorbs all its
/// levels; the second its levels less the connected components of the two (one level's effect
/// per component is arbitrary); every further dimension its levels less one. For three or more
/// dimensions the count can exceed the true rank when further dimensions are redundant with the
/// first two in more ways (a conservative count: standard errors are then slightly larger).
public struct AbsorbedDegreesOfFreedom: Sendable, Equatable {
    /// Levels of each dimension in the estimation sample.
    public let levelCounts: [Int]
    /// Levels of each dimension whose effect is redundant (fixed by normalisation).
    public let redundantLevels: [Int]
    /// Connected components of the first two dimensions (1 with one dimension).
    public let componentCount: Int

    /// Counts for `dimensions` (rows aligned).
    public init(_ dimensions: [Grouping]) {
        levelCounts = dimensions.map(\.count)
        var redundant = [Int](repeating: 1, count: dimensions.count)
        if !redundant.isEmpty { redundant[0] = 0 }
        var components = 1
        if dimensions.count >= 2 {
            components = ConnectedComponents(dimensions[0].codes, levelsA: dimensions[0].count,
                                             dimensions[1].codes, levelsB: dimensions[1].count).count
            redundant[1] = components
        }
        redundantLevels = redundant
        componentCount = components
    }

    /// Degrees of freedom absorbed by each dimension.
    public var perDimension: [Int] { zip(levelCounts, redundantLevels).map { $0 - $1 } }

    /// Total degrees of freedom absorbed (exact for one and two dimensions).
    public var total: Int { perDimension.reduce(0, +) }

    /// The count fixest and pyfixest use by default for the small-sample factor (their
    /// `fixef.force_exact = FALSE`): all levels less one per dimension after the first, with
    /// dimensions nested in a cluster counting one parameter each.
    public func fixestCount(nested: [Bool]) -> Int {
        let adjusted = levelCounts.reduce(0, +) - max(0, levelCounts.count - 1)
        guard nested.contains(true) else { return adjusted }
        let nestedLevels = zip(levelCounts, nested).filter(\.1).map(\.0).reduce(0, +)
        return adjusted - nestedLevels + nested.filter { $0 }.count
    }
}

/// Fixed-effect dimensions nested in a cluster variable: every level's rows lie in one cluster.
/// Their effects do not use up degrees of freedom of the cluster-robust variance.
public enum NestedDimensions {
    /// For each dimension, whether it is nested in one of `clusters` (rows aligned); a dimension
    /// with the same name as a cluster is nested by definition.
    public static func flags(_ dimensions: [Grouping], in clusters: [Grouping]) -> [Bool] {
        dimensions.map { dimension in
            clusters.contains { $0.name == dimension.name || isNested(dimension, in: $0) }
        }
    }

    /// For each dimension, whether it is nested in the cluster columns of a cluster-robust
    /// variance: in one of them or, with several, in their intersection (empty: none nested).
    public static func flags(_ dimensions: [Grouping], inClusterColumns clusters: [Grouping]) -> [Bool] {
        guard !clusters.isEmpty else { return dimensions.map { _ in false } }
        var candidates = clusters
        if clusters.count > 1 {
            candidates.append(clusters.dropFirst().reduce(clusters[0]) { $0.intersected(with: $1) })
        }
        return flags(dimensions, in: candidates)
    }

    /// Whether every level of `dimension` lies within a single group of `cluster`.
    public static func isNested(_ dimension: Grouping, in cluster: Grouping) -> Bool {
        var clusterOfLevel = [Int32](repeating: -1, count: dimension.count)
        for i in 0..<dimension.codes.count {
            let level = Int(dimension.codes[i]), group = cluster.codes[i]
            if clusterOfLevel[level] < 0 {
                clusterOfLevel[level] = group
            } else if clusterOfLevel[level] != group {
                return false
            }
        }
        return true
    }
}
