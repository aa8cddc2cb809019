import Foundation
import GravityKit

/// `fe` and `re` with standard errors clustered by unit on 1 million observations (100,000 units
/// x 10 periods, 5 regressors), end to end from an in-memory dataset: model frame, panel checks,
/// transformation, QR fit, variance components, cluster sandwich and the reported statistics.
/// Target: under 1 second each. Where R with plm is installed, the same models with
/// `vcovHC(method = "arellano")` are timed on the same data and the ratio printed.
func runPanelBenchmark() throws {
    let units = Int(ProcessInfo.processInfo.environment["GRAVITY_BENCH_UNITS"] ?? "") ?? 100_000
    let periods = 10
    let dataset = try panelBenchmarkData(units: units, periods: periods)
    let request = FitRequest(formula: try Formula("y ~ x1 + x2 + x3 + x4 + x5"), panel: PanelSpecification(unit: "id", time: "year"),
                             covariance: .cluster(["id"]))
    var timings: [(String, Double)] = []
    for (name, estimator) in [("fe", FixedEffectsEstimator() as any Estimator), ("re", RandomEffectsEstimator() as any Estimator)] {
        var result: EstimationResult?
        let time = try medianSeconds(runs: 3) { result = try estimator.fit(dataset, request: request) }
        timings.append((name, time))
        print(String(format: "%@ (cluster by unit), %d observations, %d units, 5 regressors: median %.3f s over 3 runs (target < 1 s)",
                     name, units * periods, units, time))
        if let result { print("  estimates: " + result.estimates.map { String(format: "%.4f", $0) }.joined(separator: ", ")) }
    }
    if let peak = peakMemoryMiB() { print(String(format: "peak memory %.0f MiB", peak)) }

    guard let times = try timePlm(on: dataset) else { return }
    for ((name, ours), (model, theirs)) in zip(timings, zip(["within", "random"], times)) {
        print(String(format: "R plm(model = \"%@\") + vcovHC(method = \"arellano\"): median %.3f s; GravityKit %@ / plm time ratio %.3f",
                     model, theirs, name, ours / theirs))
    }
}

/// Median seconds of plm's within and random models with `vcovHC(method = "arellano")` on
/// `dataset` (written to a temporary CSV), or nil, saying why, when R, plm or sandwich is missing.
private func timePlm(on dataset: Dataset) throws -> [Double]? {
    guard runR("cat(requireNamespace('plm', quietly = TRUE) && requireNamespace('sandwich', quietly = TRUE))")?.contains("TRUE") == true else {
        print("R with plm not available: comparison skipped")
        return nil
    }
    let path = NSTemporaryDirectory() + "gravity-panel-bench-\(dataset.rowCount).csv"
    try CSVWriter.write(dataset, to: path)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let code = """
        suppressMessages({library(plm); library(sandwich)}); d <- pdata.frame(read.csv('\(path)'), index = c('id', 'year')); \
        f <- y ~ x1 + x2 + x3 + x4 + x5; \
        t <- function(m) median(replicate(3, system.time({r <- plm(f, data = d, model = m); v <- vcovHC(r, method = 'arellano')})[['elapsed']])); \
        cat(t('within'), t('random'))
        """
    let times = runR(code)?.split(separator: " ").compactMap { Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) } ?? []
    guard times.count == 2 else {
        print("R plm printed no timings on the benchmark data: comparison skipped")
        return nil
    }
    return times
}

/// `y = 1 + x b + u_i + e` with regressors correlated with the unit effect, reproducible.
private func panelBenchmarkData(units: Int, periods: Int) throws -> Dataset {
    var random = SeededRandom(seed: 33)
    let rows = units * periods
    var id = [Double](repeating: 0, count: rows), year = [Double](repeating: 0, count: rows), y = [Double](repeating: 0, count: rows)
    var x = [[Double]](repeating: [Double](repeating: 0, count: rows), count: 5)
    let slopes = [1.0, -0.5, 0.25, 2.0, -1.0]
    for unit in 0..<units {
        let effect = random.normal()
        for period in 0..<periods {
            let row = unit * periods + period
            id[row] = Double(unit + 1)
            year[row] = Double(2000 + period)
            var value = 1 + effect
            for j in 0..<5 {
                x[j][row] = random.normal() + 0.5 * effect
                value += slopes[j] * x[j][row]
            }
            y[row] = value + random.normal()
        }
    }
    return try Dataset([("id", .numeric(id)), ("year", .numeric(year)), ("y", .numeric(y))] + (1...5).map { ("x\($0)", Column.numeric(x[$0 - 1])) })
}
