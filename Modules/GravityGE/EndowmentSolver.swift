import Foundation
import GravityCore

/// The full-endowment equilibrium solved directly: factory-gate price changes `p_hat` such that,
/// with outputs `p_hat_i * Y_i` and expenditures `lambda * phi_j * p_hat_j * Y_j` (the baseline
/// ratio `phi_j = E_j / Y_j` of expenditure to output, scaled by the one common factor `lambda`
/// that keeps world expenditure equal to world output), the multilateral resistances clear every
/// market and `p_hat_i^sigma = OMR'_i / OMR_i` (the exporter effect's structural meaning).
///
/// The damped fixed point `p_hat <- (OMR'(p_hat) / OMR)^(1/sigma)` contracts (exponent 1/sigma);
/// each step solves the resistances exactly, so every result balances its budgets to the solver's
/// tolerance, which the book's loop does not.
struct EndowmentSolver {
    let input: GEInput
    let tolerance: Double
    let maxIterations: Int

    /// Solves from the baseline state (resistances in the book's units).
    func run(baseline: StructuralState) throws -> EndowmentOutcome {
        let n = input.countries.count, ref = input.reference, costs = input.counterfactualCosts, sigma = input.sigma
        let y0 = input.output, e0 = input.expenditure
        let phi = zip(e0, y0).map { $0 / $1 }
        var price = [Double](repeating: 1, count: n)
        var start: [Double]? = nil
        var iterations = 0
        var change = Double.infinity
        var state = baseline
        while iterations < maxIterations {
            iterations += 1
            let output = zip(price, y0).map { $0 * $1 }
            let unscaled = (0..<n).map { phi[$0] * output[$0] }
            let lambda = output.reduce(0, +) / unscaled.reduce(0, +)
            let expenditure = unscaled.map { $0 * lambda }
            let effects = try ExporterImporterScaling(costs: costs, rowTotals: output, columnTotals: expenditure,
                                                      reference: ref, start: start)
            start = effects.importerFactors
            state = StructuralState(effects: effects, costs: costs, referenceExpenditure: expenditure[ref])
            state.output = output
            state.expenditure = expenditure
            let updated = (0..<n).map { pow(state.outwardResistance[$0] / baseline.outwardResistance[$0], 1 / sigma) }
            change = zip(updated, price).map { abs($0 / $1 - 1) }.max() ?? 0
            if change < tolerance { break }
            price = updated
        }
        guard change < tolerance else {
            throw GravityError.numerical("The full-endowment solver did not converge in \(maxIterations) iterations: the last relative price update was \(change) (tolerance \(tolerance)).")
        }
        return EndowmentOutcome(state: state, priceChange: price, iterations: iterations, converged: true, lastChange: change)
    }
}
