import GravityCore

/// The normal equations `D'WD a = D'W y` of the fixed effects: `D` holds one indicator column per
/// level of every dimension, `W` the observation weights. Coefficient vectors are the levels of
/// every dimension one after the other (``offsets``).
///
/// Every operation is one pass over the rows reading the dimensions' codes; nothing of the size
/// of the data is allocated.
struct FixedEffectsSystem: Sendable {
    /// Level of each row in each dimension.
    let codes: [[Int32]]
    /// Start of each dimension's levels in a coefficient vector; the last entry is the total.
    let offsets: [Int]
    /// Observation weights, or nil for equal weights.
    private(set) var weights: [Double]?
    /// One over the total weight of each level (the inverse of the diagonal of `D'WD`), zero for
    /// a level without rows.
    private(set) var inverseLevelWeights: [Double]

    /// The system of `dimensions` (rows aligned) with optional weights.
    init(dimensions: [Grouping], weights: [Double]?) {
        codes = dimensions.map(\.codes)
        var offsets = [0]
        for dimension in dimensions { offsets.append(offsets.last! + dimension.count) }
        self.offsets = offsets
        self.weights = weights
        inverseLevelWeights = []
        inverseLevelWeights = levelWeights().map { $0 > 0 ? 1 / $0 : 0 }
    }

    /// Number of rows.
    var rowCount: Int { codes.first?.count ?? 0 }
    /// Number of coefficients (levels of all dimensions).
    var coefficientCount: Int { offsets.last! }
    /// Number of dimensions.
    var dimensionCount: Int { codes.count }

    /// Replaces the weights (same rows).
    mutating func setWeights(_ weights: [Double]?) {
        self.weights = weights
        inverseLevelWeights = levelWeights().map { $0 > 0 ? 1 / $0 : 0 }
    }

    /// The total weight of each level.
    private func levelWeights() -> [Double] {
        var totals = [Double](repeating: 0, count: coefficientCount)
        for k in 0..<dimensionCount {
            let offset = offsets[k]
            codes[k].withUnsafeBufferPointer { c in
                if let weights {
                    for i in 0..<c.count { totals[offset + Int(c[i])] += weights[i] }
                } else {
                    for i in 0..<c.count { totals[offset + Int(c[i])] += 1 }
                }
            }
        }
        return totals
    }

    /// `D'W y`: the weighted sum of `y` over each level.
    func levelSums(_ y: UnsafeBufferPointer<Double>) -> [Double] {
        var sums = [Double](repeating: 0, count: coefficientCount)
        sums.withUnsafeMutableBufferPointer { s in
            for k in 0..<dimensionCount {
                let offset = offsets[k]
                codes[k].withUnsafeBufferPointer { c in
                    if let weights {
                        weights.withUnsafeBufferPointer { w in
                            for i in 0..<c.count { s[offset + Int(c[i])] += w[i] * y[i] }
                        }
                    } else {
                        for i in 0..<c.count { s[offset + Int(c[i])] += y[i] }
                    }
                }
            }
        }
        return sums
    }

    /// `D'WD p`, written into `result` (one pass: each row's fitted sum, scattered back).
    func apply(_ p: UnsafeBufferPointer<Double>, into result: UnsafeMutableBufferPointer<Double>) {
        for j in 0..<result.count { result[j] = 0 }
        let n = rowCount, dimensions = dimensionCount
        withCodePointers { c in
            for i in 0..<n {
                var fitted = 0.0
                for k in 0..<dimensions { fitted += p[offsets[k] + Int(c[k][i])] }
                if let weights { fitted *= weights[i] }
                for k in 0..<dimensions { result[offsets[k] + Int(c[k][i])] += fitted }
            }
        }
    }

    /// Replaces `y` by `y - D a`.
    func subtractEffects(_ a: UnsafeBufferPointer<Double>, from y: UnsafeMutableBufferPointer<Double>) {
        let n = rowCount, dimensions = dimensionCount
        withCodePointers { c in
            for i in 0..<n {
                var fitted = 0.0
                for k in 0..<dimensions { fitted += a[offsets[k] + Int(c[k][i])] }
                y[i] -= fitted
            }
        }
    }

    /// Calls `body` with a base pointer to each dimension's codes.
    private func withCodePointers<R>(_ body: ([UnsafePointer<Int32>]) -> R) -> R {
        func nest(_ k: Int, _ collected: [UnsafePointer<Int32>]) -> R {
            if k == codes.count { return body(collected) }
            return codes[k].withUnsafeBufferPointer { nest(k + 1, collected + [$0.baseAddress!]) }
        }
        return nest(0, [])
    }
}
