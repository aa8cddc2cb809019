import GravityLinearAlgebra

/// An aggregated effect with its influence function over the units.
struct AggregatedEffect {
    /// What it is for: the event time, cohort or period (as a label), or nil for an overall effect.
    let label: String?
    /// The estimate.
    let estimate: Double
    /// The analytical standard error, sqrt(sum psi^2) / n.
    let standardError: Double
    /// The influence function, one value per unit.
    let influence: [Double]

    /// An effect whose standard error follows from its influence function.
    init(label: String?, estimate: Double, influence: [Double]) {
        self.label = label
        self.estimate = estimate
        self.influence = influence
        self.standardError = influence.reduce(0) { $0 + $1 * $1 }.squareRoot() / Double(influence.count)
    }
}

/// An aggregation scheme's effects by level (event time, cohort, period) and their overall summary.
struct EffectProfile {
    /// The overall effect.
    let overall: AggregatedEffect
    /// The effect at each level, in order.
    let levels: [AggregatedEffect]
}

/// Weighted averages of group-time effects and their influence functions, as R `did::aggte`.
///
/// Weights proportional to cohort sizes are themselves estimated, so the influence function of such
/// an average adds the weights' own influence (`wif` in `did`); equal-weight averages do not.
struct EffectAggregation {
    let effects: GroupTimeEffects
    /// Each unit's cohort (period index) or nil.
    private let unitCohort: [Int?]
    /// Share of the units in each cohort.
    private let cohortShare: [Int: Double]

    init(_ effects: GroupTimeEffects) {
        self.effects = effects
        unitCohort = effects.panel.cohort
        let n = Double(effects.panel.unitCount)
        var size: [Int: Double] = [:]
        for case let g? in unitCohort { size[g, default: 0] += 1 / n }
        cohortShare = size
    }

    /// The cohort-size-weighted average of `cells`, with the weights' influence.
    func sizeWeighted(_ cells: [Int], label: String?) -> AggregatedEffect {
        let parts = cells.map { cell in
            (cohort: effects.cells[cell].group, estimate: effects.cells[cell].estimate, influence: column(cell))
        }
        return sizeWeighted(parts, label: label)
    }

    /// The cohort-size-weighted average of effects each belonging to one cohort, with the weights' influence:
    /// weights P(G = g) / sum P(G = g) are estimated by cohort shares, which adds
    /// (1{G_i = g_k} - p_k) / S * est_k - sum_k (1{G_i = g_k} - p_k) * sum_k p_k est_k / S^2.
    func sizeWeighted(_ parts: [(cohort: Int, estimate: Double, influence: [Double])], label: String?) -> AggregatedEffect {
        let shares = parts.map { cohortShare[$0.cohort, default: 0] }
        let total = shares.reduce(0, +)
        let weightedEstimate = zip(shares, parts).reduce(0) { $0 + $1.0 * $1.1.estimate }
        var influence = [Double](repeating: 0, count: unitCohort.count)
        for (share, part) in zip(shares, parts) {
            let w = share / total
            for u in influence.indices { influence[u] += w * part.influence[u] }
        }
        for u in influence.indices {
            var numerator = 0.0, membership = 0.0
            for (k, part) in parts.enumerated() {
                let deviation = (unitCohort[u] == part.cohort ? 1 : 0) - shares[k]
                numerator += deviation * part.estimate
                membership += deviation
            }
            influence[u] += numerator / total - membership * weightedEstimate / (total * total)
        }
        return AggregatedEffect(label: label, estimate: weightedEstimate / total, influence: influence)
    }

    /// The equally weighted average of `cells` (no weight influence).
    func equallyWeighted(_ cells: [Int], label: String?) -> AggregatedEffect {
        let weight = 1 / Double(cells.count)
        let estimate = cells.reduce(0) { $0 + effects.cells[$1].estimate } * weight
        return AggregatedEffect(label: label, estimate: estimate, influence: combination(cells, weights: [Double](repeating: weight, count: cells.count)))
    }

    /// The equally weighted average of aggregated effects.
    static func mean(_ parts: [AggregatedEffect]) -> AggregatedEffect {
        let weight = 1 / Double(parts.count)
        var influence = [Double](repeating: 0, count: parts[0].influence.count)
        for part in parts { for u in influence.indices { influence[u] += weight * part.influence[u] } }
        return AggregatedEffect(label: nil, estimate: parts.reduce(0) { $0 + $1.estimate } * weight, influence: influence)
    }

    /// The influence function of one cell.
    private func column(_ cell: Int) -> [Double] {
        let n = effects.influence.rows
        return Array(effects.influence.values[(cell * n)..<((cell + 1) * n)])
    }

    /// sum_k w_k psi_k over the given cells.
    private func combination(_ cells: [Int], weights: [Double]) -> [Double] {
        let n = effects.influence.rows
        var result = [Double](repeating: 0, count: n)
        effects.influence.values.withUnsafeBufferPointer { psi in
            for (cell, w) in zip(cells, weights) {
                let base = cell * n
                for u in 0..<n { result[u] += w * psi[base + u] }
            }
        }
        return result
    }
}
