import Foundation
import GravityCore

/// The GEPPML full-endowment loop of Yotov et al. (2016, Chapter 2) as written in the book's
/// do-files: repeated PPMLs of updated flows on exporter and importer effects with the
/// counterfactual costs as an offset, factory-gate prices updated from the exporter effects,
/// expenditure kept at the baseline ratio `phi_j = E_j / Y_j` of output.
///
/// Its limit is not an exact budget-consistent equilibrium (the fitted flows' column sums differ
/// from `phi * Y`); the outcome's state carries those budget residuals.
struct BookEndowmentLoop {
    let input: GEInput
    let fitter: any PoissonEffectsFitter
    let stop: StoppingRule
    let maxIterations: Int

    /// Runs the loop from the baseline and conditional fits.
    func run(baseline: ExporterImporterScaling, conditional: ExporterImporterScaling) throws -> EndowmentOutcome {
        let n = input.countries.count, ref = input.reference, costs = input.counterfactualCosts
        let exponent = 1 / (1 - input.sigma)
        let y0 = input.output, e0 = input.expenditure
        let phi = zip(e0, y0).map { $0 / $1 }
        let referenceExpenditure0 = e0[ref]

        var effects = conditional
        var referenceExpenditure = referenceExpenditure0
        var fitted = conditional.fitted(costs)
        var price = zip(effects.exporterFactors, baseline.exporterFactors).map { pow($0 / $1, exponent) }
        var omr = zip(y0, effects.exporterFactors).map { $0 * referenceExpenditure / $1 }
        var imr = zip(e0, effects.importerFactors).map { $0 / ($1 * referenceExpenditure) }
        var omrChange = [Double](repeating: 1, count: n), imrChange = omrChange
        var pricePrevious = [Double](repeating: 0, count: n)
        var history: [LoopIteration] = []
        var converged = false

        while history.count < maxIterations {
            var flows = fitted
            for i in 0..<n {
                for j in 0..<n { flows[i, j] *= price[i] * price[j] / (omrChange[i] * imrChange[j]) }
            }
            let next = try fitter.fit(flows, costs: costs, reference: ref, start: effects)
            let nextFitted = next.fitted(costs)
            let y = nextFitted.rowSums
            let e = zip(phi, y).map { $0 * $1 }
            let nextReference = e[ref]
            let nextPrice = (0..<n).map { pow((next.exporterFactors[$0] / effects.exporterFactors[$0]) / (nextReference / referenceExpenditure), exponent) }
            let nextOMR = (0..<n).map { y[$0] * nextReference / next.exporterFactors[$0] }
            let nextIMR = (0..<n).map { e[$0] / (next.importerFactors[$0] * nextReference) }
            omrChange = zip(nextOMR, omr).map { $0 / $1 }
            imrChange = zip(nextIMR, imr).map { $0 / $1 }
            let dif = zip(price, pricePrevious).map { $0 - $1 }
            let stepChange = nextPrice.map { abs($0 - 1) }.max() ?? 0
            history.append(LoopIteration(iteration: history.count + 1, sdDif: Self.repeatedStandardDeviation(dif, times: n),
                                         maxDif: dif.max() ?? 0, maxStepChange: stepChange))
            pricePrevious = price
            price = nextPrice
            omr = nextOMR
            imr = nextIMR
            effects = next
            fitted = nextFitted
            referenceExpenditure = nextReference
            if case .converged(let tolerance) = stop, stepChange < tolerance { converged = true; break }
            if stop == .book, let last = history.last, last.sdDif <= 0.01, abs(last.maxDif) <= 0.01 { break }
        }
        let last = history.last?.maxStepChange ?? .nan
        if !converged, case .converged(let tolerance) = stop {
            throw GravityError.numerical("The GEPPML full-endowment loop did not converge in \(maxIterations) iterations: the last step moved prices by up to \(last) (tolerance \(tolerance)). Try --method solver, or --stop book to reproduce the book's tables.")
        }
        let priceChange = (0..<n).map { pow((effects.exporterFactors[$0] / baseline.exporterFactors[$0]) / (referenceExpenditure / referenceExpenditure0), exponent) }
        let output = zip(priceChange, y0).map { $0 * $1 }
        let expenditure = zip(phi, output).map { $0 * $1 }
        let loopExpenditure = zip(phi, fitted.rowSums).map { $0 * $1 }
        let omrFull = (0..<n).map { output[$0] * referenceExpenditure / effects.exporterFactors[$0] }
        let imrFull = (0..<n).map { loopExpenditure[$0] / (effects.importerFactors[$0] * referenceExpenditure) }
        var flows = costs
        for i in 0..<n {
            for j in 0..<n { flows[i, j] *= output[i] * expenditure[j] / (imrFull[j] * omrFull[i]) }
        }
        let state = StructuralState(output: output, expenditure: expenditure, outwardResistance: omrFull, inwardResistance: imrFull, flows: flows)
        return EndowmentOutcome(state: state, priceChange: priceChange, iterations: history.count, converged: converged, lastChange: last, history: history)
    }

    /// The sample standard deviation of `values` each repeated `times` times (the book computes it
    /// over all pairs, where each exporter's value appears once per importer).
    static func repeatedStandardDeviation(_ values: [Double], times: Int) -> Double {
        let count = Double(values.count * times)
        let mean = values.reduce(0, +) / Double(values.count)
        let squares = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } * Double(times)
        return (squares / (count - 1)).squareRoot()
    }
}
