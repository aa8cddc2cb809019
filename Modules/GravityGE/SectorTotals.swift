import Foundation

/// Country totals of a multi-sector counterfactual.
///
/// Flows, outputs and expenditures are summed over sectors, so exports, imports and domestic
/// sales change as their sums do. Resistances are combined with baseline weights: the inward
/// one as the consumer price index `prod_k (P_j^k)^(alpha_j^k)` (expenditure shares), the outward
/// one as `prod_k (Pi_i^k)^(Y_i^k / Y_i)` (output shares). The country's price change is that of
/// its output at baseline quantities, `sum_k p_i^k Y_i^k / Y_i`, and real GDP is output over the
/// consumer price index. With one sector every figure is that sector's.
struct SectorTotals {
    /// Per sector then country: `alpha_j^k`.
    let expenditureShares: [[Double]]
    /// Per sector then country: `Y_i^k / Y_i`.
    let outputShares: [[Double]]

    /// The summed state; resistance fields hold the weighted geometric means of the sectors'
    /// (book-unit) resistances with the weights above.
    func state(_ states: [StructuralState]) -> StructuralState {
        let n = states[0].output.count
        var flows = BilateralMatrix(count: n, repeating: 0)
        for state in states {
            for p in flows.values.indices { flows.values[p] += state.flows.values[p] }
        }
        return StructuralState(output: SectorInputs.sum(states.map(\.output)), expenditure: SectorInputs.sum(states.map(\.expenditure)),
                               outwardResistance: geometricMean(states.map(\.outwardResistance), weights: outputShares),
                               inwardResistance: geometricMean(states.map(\.inwardResistance), weights: expenditureShares),
                               flows: flows)
    }

    /// Country changes from the per-sector changes and the summed baseline and counterfactual
    /// states; `full` says whether prices and real GDP moved (false for the conditional equilibrium).
    func changes(_ sectors: [[CountryChanges]], baseline: StructuralState, state: StructuralState, full: Bool) -> [CountryChanges] {
        let x0 = baseline.exports, x1 = state.exports, m0 = baseline.imports, m1 = state.imports
        let d0 = baseline.domestic, d1 = state.domestic
        let omr = geometricMean(sectors.map { $0.map { 1 + $0.outwardResistance / 100 } }, weights: outputShares)
        let imr = geometricMean(sectors.map { $0.map { 1 + $0.inwardResistance / 100 } }, weights: expenditureShares)
        return baseline.output.indices.map { i in
            let outputChange = state.output[i] / baseline.output[i]
            return CountryChanges(exports: percent(x1[i] / x0[i]), imports: percent(m1[i] / m0[i]), domestic: percent(d1[i] / d0[i]),
                                  outwardResistance: percent(omr[i]), inwardResistance: percent(imr[i]),
                                  price: full ? percent(outputChange) : 0, realGDP: full ? percent(outputChange / imr[i]) : 0)
        }
    }

    /// Per country, `prod_k values[k][i]^weights[k][i]`.
    private func geometricMean(_ values: [[Double]], weights: [[Double]]) -> [Double] {
        values[0].indices.map { i in
            values.indices.reduce(1.0) { $0 * pow(values[$1][i], weights[$1][i]) }
        }
    }

    private func percent(_ ratio: Double) -> Double { 100 * (ratio - 1) }
}
