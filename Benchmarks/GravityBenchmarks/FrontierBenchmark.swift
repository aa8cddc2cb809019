import Foundation
import GravityKit

/// Stochastic frontier maximum likelihood at scale, end to end from an in-memory dataset (model
/// frame, OLS and grid-search start, BFGS, Newton steps, observed information, efficiencies):
/// a cross-section half-normal frontier with 1 million observations and 5 regressors, and a
/// Battese-Coelli (1992) time-varying panel frontier with 100,000 units x 10 periods. Prints the
/// seconds to convergence and the iterations.
func runFrontierBenchmark() throws {
    let rows = Int(ProcessInfo.processInfo.environment["GRAVITY_BENCH_ROWS"] ?? "") ?? 1_000_000
    let units = Int(ProcessInfo.processInfo.environment["GRAVITY_BENCH_UNITS"] ?? "") ?? 100_000
    let formula = try Formula("y ~ x1 + x2 + x3 + x4 + x5")

    let crossSection = try frontierBenchmarkData(units: rows, periods: 1, eta: 0)
    var result: EstimationResult?
    let crossSeconds = try seconds { result = try SFAEstimator().fit(crossSection, request: FitRequest(formula: formula)) }
    report("sfa half-normal, \(rows) observations, 5 regressors", seconds: crossSeconds, result: result)

    let panel = try frontierBenchmarkData(units: units, periods: 10, eta: 0.05)
    let request = FitRequest(formula: formula, panel: PanelSpecification(unit: "id", time: "year"))
    let panelSeconds = try seconds { result = try BC92Estimator().fit(panel, request: request) }
    report("sfa-bc92 time-varying, \(units) units x 10 periods, 5 regressors", seconds: panelSeconds, result: result)
    if let peak = peakMemoryMiB() { print(String(format: "peak memory %.0f MiB", peak)) }
}

private func report(_ label: String, seconds: Double, result: EstimationResult?) {
    let iterations = result?.statistic("iterations").map { String(Int($0)) } ?? "?"
    print(String(format: "%@: %.2f s to convergence, %@ iterations", label, seconds, iterations))
    if let result {
        print("  estimates: " + zip(result.terms, result.estimates).map { "\($0) \(String(format: "%.4f", $1))" }.joined(separator: ", "))
    }
}

/// `units x periods` rows of `y = 1 + x'b + v - exp(-eta (t - T)) u_i` with `b = (0.5, -0.3, 0.2,
/// 0.1, -0.4)`, `v ~ N(0, 0.2^2)` and half-normal `u_i` with scale 0.4 (one per unit).
private func frontierBenchmarkData(units: Int, periods: Int, eta: Double) throws -> Dataset {
    var rng = SeededRandom(seed: 2024)
    let slopes = [0.5, -0.3, 0.2, 0.1, -0.4]
    let n = units * periods
    var id = [Double](repeating: 0, count: n), year = id, y = id
    var x = [[Double]](repeating: [Double](repeating: 0, count: n), count: 5)
    for unit in 0..<units {
        let inefficiency = abs(rng.normal(sd: 0.4))
        for t in 0..<periods {
            let row = unit * periods + t
            id[row] = Double(unit)
            year[row] = Double(2001 + t)
            var value = 1.0
            for j in 0..<5 {
                x[j][row] = rng.normal()
                value += slopes[j] * x[j][row]
            }
            y[row] = value + rng.normal(sd: 0.2) - exp(-eta * Double(t + 1 - periods)) * inefficiency
        }
    }
    var columns: [(name: String, column: Column)] = [("id", .numeric(id)), ("year", .numeric(year)), ("y", .numeric(y))]
    for j in 0..<5 { columns.append(("x\(j + 1)", .numeric(x[j]))) }
    return try Dataset(columns)
}
