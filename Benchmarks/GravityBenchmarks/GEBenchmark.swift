import Foundation
import GravityKit

/// Full-endowment general equilibrium on 200 generated countries: sizes log-normal, positions on
/// a plane, costs exp(-0.8 log distance - 2.5 border + 0.6 contiguity), flows from the gravity
/// equation with log-normal noise; the counterfactual removes every border. Times the GEPPML loop
/// (to 1e-12 and with the book's rule), the direct solver, and the joint multi-sector solver on the
/// same economy split into three sectors, each from the flows to the answer.
func runGEBenchmark() throws {
    let n = 200
    var random = SeededRandom(seed: 2016)
    let size = (0..<n).map { _ in exp(random.normal(sd: 1.5)) }
    let position = (0..<n).map { _ in (random.uniform() * 100, random.uniform() * 100) }
    var trade = BilateralMatrix(count: n, repeating: 0)
    var baseline = trade, counterfactual = trade
    for i in 0..<n {
        for j in 0..<n {
            let distance = i == j ? 0.5 : max(0.5, hypot(position[i].0 - position[j].0, position[i].1 - position[j].1))
            let geography = -0.8 * log(distance) + (distance < 5 && i != j ? 0.6 : 0)
            baseline[i, j] = exp(geography - (i == j ? 0 : 2.5))
            counterfactual[i, j] = exp(geography)
            trade[i, j] = size[i] * size[j] * baseline[i, j] * exp(random.normal(sd: 0.5))
        }
    }
    let input = try GEInput(countries: (0..<n).map { "C\($0)" }, trade: trade, baselineCosts: baseline,
                            counterfactualCosts: counterfactual, sigma: 7, reference: n - 1)
    let cases: [(String, GEMethod, StoppingRule)] = [("geppml, converged (1e-12)", .geppml, .standard),
                                                     ("geppml, book rule", .geppml, .book),
                                                     ("solver (1e-12)", .solver, .standard)]
    for (label, method, stop) in cases {
        var settings = GESettings()
        settings.method = method
        settings.stop = stop
        var outcome: GEOutcome?
        let time = try medianSeconds(runs: 3) { outcome = try GECounterfactual.solve(input, settings: settings) }
        let full = outcome!.full!
        print("  " + label.padding(toLength: 26, withPad: " ", startingAt: 0)
              + String(format: " %8.3f s  %4d iterations  converged %@  largest budget residual %.2e",
                       time, full.iterations, full.converged ? "yes" : "no", full.state.budgetResiduals.largest))
    }
    // The same economy as three sectors (half, 30% and 20% of every flow; sigma 5, 7, 9), solved jointly.
    let sectors = try SectorInputs(sectors: ["a", "b", "c"], inputs: zip([0.5, 0.3, 0.2], [5.0, 7, 9]).map { share, sigma in
        try GEInput(countries: input.countries, trade: BilateralMatrix(count: n, values: trade.values.map { $0 * share }),
                    baselineCosts: baseline, counterfactualCosts: counterfactual, sigma: sigma, reference: n - 1)
    })
    var solver = GESettings()
    solver.method = .solver
    var joint: SectorOutcome?
    let time = try medianSeconds(runs: 3) { joint = try SectorCounterfactual.solve(sectors, settings: solver) }
    let full = joint!.total.full!
    print("  " + "3 sectors, joint solver".padding(toLength: 26, withPad: " ", startingAt: 0)
          + String(format: " %8.3f s  %4d iterations  converged %@  largest budget residual %.2e",
                   time, full.iterations, full.converged ? "yes" : "no", joint!.bySector.map(\.full!.state.budgetResiduals.largest).max()!))
    if let peak = peakMemoryMiB() { print(String(format: "  peak memory %.0f MiB", peak)) }
}
