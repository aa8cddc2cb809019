import GravityCore

/// The estimated fixed effects, one value per level of every dimension.
///
/// Normalisation (fixest's): the effects of the first dimension are free; in the second, the
/// first level (in level order) of every connected component of the first two dimensions is
/// zero; in every further dimension, the first level is zero. The sum of a row's effects,
/// ``rowEffect(_:)``, does not depend on the normalisation.
public struct FixedEffectValues: Sendable {
    /// The dimensions, as after `|` (codes aligned to the estimation rows).
    public let dimensions: [Grouping]
    /// The effect of each level, per dimension.
    public let values: [[Double]]

    /// Normalises raw coefficients (levels of every dimension one after another), such as
    /// ``DemeaningReport/coefficients`` or a combination of them: PPML recovers the effects of
    /// its linear predictor as the working response's coefficients less the regressors'
    /// coefficients times the estimates, because a fresh solve of an exact fit cannot meet a
    /// tolerance that is relative to the residual.
    public init(dimensions: [Grouping], coefficients: [Double]) {
        var split: [[Double]] = []
        var offset = 0
        for dimension in dimensions {
            split.append(Array(coefficients[offset..<(offset + dimension.count)]))
            offset += dimension.count
        }
        if dimensions.count >= 2 {
            let components = ConnectedComponents(dimensions[0].codes, levelsA: dimensions[0].count,
                                                 dimensions[1].codes, levelsB: dimensions[1].count)
            var shift = [Double?](repeating: nil, count: components.count)
            for level in 0..<dimensions[1].count where shift[Int(components.second[level])] == nil {
                shift[Int(components.second[level])] = split[1][level]
            }
            for level in 0..<dimensions[1].count { split[1][level] -= shift[Int(components.second[level])]! }
            for level in 0..<dimensions[0].count { split[0][level] += shift[Int(components.first[level])] ?? 0 }
            for k in 2..<max(2, dimensions.count) {
                let first = split[k][0]
                for level in split[k].indices { split[k][level] -= first }
                for level in split[0].indices { split[0][level] += first }
            }
        }
        self.dimensions = dimensions
        self.values = split
    }

    /// The effect of dimension `k` on each estimation row.
    public func effects(ofDimension k: Int) -> [Double] {
        let levelValues = values[k]
        return dimensions[k].codes.map { levelValues[Int($0)] }
    }

    /// The sum of the effects on estimation row `i`.
    public func rowEffect(_ i: Int) -> Double {
        var sum = 0.0
        for k in dimensions.indices { sum += values[k][Int(dimensions[k].codes[i])] }
        return sum
    }
}
