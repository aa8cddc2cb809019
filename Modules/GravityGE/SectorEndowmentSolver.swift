import Foundation
import GravityCore

/// The multi-sector full-endowment equilibrium, solved jointly in changes from the baseline.
///
/// Each country holds a fixed endowment of each sector's good, so every sector has its own
/// factory-gate price change `p_i^k` and output `p_i^k Y_i^k`. Income is the sum of sectoral
/// outputs; expenditure is `E_j = lambda phi_j Y_j` (the baseline ratio `phi_j`, one common
/// `lambda` keeping world expenditure equal to world output) and is spent on sectors with the
/// baseline shares `alpha_j^k`. Within a sector, CES demand with elasticity `sigma_k` gives
/// `X'_ij = X_ij (p_i t'_ij / t_ij)^(1-sigma_k) E'_j / (E_j P_j'^(1-sigma_k))` with the price index
/// change `P_j'^(1-sigma_k) = sum_i (X_ij / E_j) (p_i t'_ij / t_ij)^(1-sigma_k)`. The numeraire is the
/// reference country's consumer price index `prod_k (P_ref^k)^(alpha_ref^k)`, held at 1 (with one
/// sector: its inward resistance, the book's normalisation).
///
/// Prices are updated by `p <- (demand at p / baseline output)^(1/sigma_k)` (the one-sector
/// solver's update `p^sigma = OMR' / OMR`) until no price moves by more than `tolerance`.
struct SectorEndowmentSolver {
    let inputs: SectorInputs
    /// Per sector, the baseline state of its fitted flows.
    let baselines: [StructuralState]
    let tolerance: Double
    let maxIterations: Int

    /// Per sector, the counterfactual state, the price changes and how the iteration ended.
    func run() throws -> [EndowmentOutcome] {
        let n = inputs.countries.count, sectors = inputs.inputs.count
        let alpha = inputs.expenditureShares
        let totalOutput = inputs.output
        let phi = zip(inputs.expenditure, totalOutput).map { $0 / $1 }
        let shifted = (0..<sectors).map { shiftedShares($0) }
        var price = [[Double]](repeating: [Double](repeating: 1, count: n), count: sectors)
        var change = Double.infinity, iterations = 0
        var solution = evaluate(price, shifted: shifted, alpha: alpha, phi: phi)
        while iterations < maxIterations {
            iterations += 1
            let updated = (0..<sectors).map { k in
                (0..<n).map { i in pow(solution.demand[k][i] / baselines[k].output[i], 1 / inputs.inputs[k].sigma) }
            }
            change = 0
            for k in 0..<sectors {
                for i in 0..<n { change = max(change, abs(updated[k][i] / solution.price[k][i] - 1)) }
            }
            price = updated
            solution = evaluate(price, shifted: shifted, alpha: alpha, phi: phi)
            if change < tolerance { break }
        }
        guard change < tolerance else {
            throw GravityError.numerical("The multi-sector full-endowment solver did not converge in \(maxIterations) iterations: the last relative price update was \(change) (tolerance \(tolerance)).")
        }
        return (0..<sectors).map { k in
            EndowmentOutcome(state: state(sector: k, solution, shifted: shifted[k]), priceChange: solution.price[k],
                             iterations: iterations, converged: true, lastChange: change)
        }
    }

    /// `M_ij = (X_ij / E_j) * t'_ij / t_ij` of sector `k` (costs are already `t^(1-sigma)`), row-major.
    private func shiftedShares(_ k: Int) -> [Double] {
        let input = inputs.inputs[k], base = baselines[k]
        let n = input.countries.count
        var m = [Double](repeating: 0, count: n * n)
        for i in 0..<n {
            for j in 0..<n {
                m[i * n + j] = base.flows[i, j] / base.expenditure[j] * input.counterfactualCosts[i, j] / input.baselineCosts[i, j]
            }
        }
        return m
    }

    /// Prices, price-index changes, expenditures and demand at the prices `price`, rescaled so
    /// that the reference consumer price index is 1.
    private struct Evaluation {
        var price: [[Double]]
        /// `P_j'^(1-sigma_k) / P_j^(1-sigma_k)` per sector.
        var index: [[Double]]
        /// `E_j'^k` per sector.
        var expenditure: [[Double]]
        /// `sum_j M_ij E_j'^k / index_j`: sales at the prices divided by `p_i^(1-sigma_k)`.
        var demand: [[Double]]
    }

    private func evaluate(_ raw: [[Double]], shifted: [[Double]], alpha: [[Double]], phi: [Double]) -> Evaluation {
        let n = inputs.countries.count, sectors = raw.count, ref = inputs.reference
        func indices(_ price: [[Double]]) -> [[Double]] {
            (0..<sectors).map { k in
                let power = 1 - inputs.inputs[k].sigma
                let weight = price[k].map { pow($0, power) }
                var index = [Double](repeating: 0, count: n)
                shifted[k].withUnsafeBufferPointer { m in
                    for i in 0..<n {
                        let w = weight[i], row = i * n
                        for j in 0..<n { index[j] += m[row + j] * w }
                    }
                }
                return index
            }
        }
        var index = indices(raw)
        let referencePrice = (0..<sectors).reduce(1.0) { $0 * pow(index[$1][ref], alpha[$1][ref] / (1 - inputs.inputs[$1].sigma)) }
        let price = raw.map { $0.map { $0 / referencePrice } }
        for k in 0..<sectors {
            let factor = pow(1 / referencePrice, 1 - inputs.inputs[k].sigma)
            index[k] = index[k].map { $0 * factor }
        }
        var income = [Double](repeating: 0, count: n)
        for k in 0..<sectors {
            for i in 0..<n { income[i] += price[k][i] * baselines[k].output[i] }
        }
        let unscaled = zip(phi, income).map { $0 * $1 }
        let lambda = income.reduce(0, +) / unscaled.reduce(0, +)
        let expenditure = (0..<sectors).map { k in (0..<n).map { alpha[k][$0] * lambda * unscaled[$0] } }
        let demand = (0..<sectors).map { k in
            (0..<n).map { i in
                var s = 0.0
                let row = i * n
                for j in 0..<n { s += shifted[k][row + j] * expenditure[k][j] / index[k][j] }
                return s
            }
        }
        return Evaluation(price: price, index: index, expenditure: expenditure, demand: demand)
    }

    /// Sector `k`'s counterfactual state in the book's units: outputs `p_i Y_i`, expenditures,
    /// `IMR'_j = IMR_j * index_j` and `OMR'_i = OMR_i * demand_i / Y_i`, and the flows.
    private func state(sector k: Int, _ solution: Evaluation, shifted: [Double]) -> StructuralState {
        let base = baselines[k], n = inputs.countries.count
        let power = 1 - inputs.inputs[k].sigma
        var flows = BilateralMatrix(count: n, repeating: 0)
        for i in 0..<n {
            let w = pow(solution.price[k][i], power)
            for j in 0..<n { flows[i, j] = shifted[i * n + j] * w * solution.expenditure[k][j] / solution.index[k][j] }
        }
        return StructuralState(output: (0..<n).map { solution.price[k][$0] * base.output[$0] },
                               expenditure: solution.expenditure[k],
                               outwardResistance: (0..<n).map { base.outwardResistance[$0] * solution.demand[k][$0] / base.output[$0] },
                               inwardResistance: (0..<n).map { base.inwardResistance[$0] * solution.index[k][$0] },
                               flows: flows)
    }
}
