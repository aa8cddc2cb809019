import Foundation
import GravityKit

/// Builds a `pca` composite index from 1 million rows by 20 indicators (in memory), end to end:
/// listwise check and copy, moments and correlation matrix, eigen-decomposition, KMO, Bartlett,
/// varimax, component scores, weights and the min-max scaled index. Target: under 2 seconds.
func runIndexBenchmark() throws {
    let rows = Int(ProcessInfo.processInfo.environment["GRAVITY_BENCH_ROWS"] ?? "") ?? 1_000_000
    let indicators = 20
    let names = (1...indicators).map { "x\($0)" }
    let dataset = try Dataset(zip(names, benchmarkIndicators(rows: rows, count: indicators)).map { ($0, Column.numeric($1)) })
    let builder = try IndexBuilderRegistry.standard().builder(named: "pca")
    var result: CompositeIndexResult?
    let time = try medianSeconds(runs: 3) { result = try builder.build(dataset, variables: names) }
    print(String(format: "pca index, %d rows x %d indicators: median %.3f s over 3 runs (target < 2 s)", rows, indicators, time))
    if let result, let pca = result.components, let kmo = result.diagnostics.kmo {
        print(String(format: "  components kept %d, KMO %.4f, first weights %@", pca.retained, kmo.overall,
                     result.weights.prefix(3).map { String(format: "%.4f", $0.value) }.joined(separator: ", ")))
    }
    if let peak = peakMemoryMiB() { print(String(format: "peak memory %.0f MiB", peak)) }
}

/// `count` indicators driven by three latent factors plus noise, reproducible from a fixed seed.
private func benchmarkIndicators(rows: Int, count: Int) -> [[Double]] {
    var random = SeededRandom(seed: 20)
    let loadings = (0..<count).map { j in (0..<3).map { k in k == j % 3 ? 0.8 : 0.2 * random.uniform() } }
    var columns = [[Double]](repeating: [Double](repeating: 0, count: rows), count: count)
    for i in 0..<rows {
        let factors = (random.normal(), random.normal(), random.normal())
        for j in 0..<count {
            let l = loadings[j]
            columns[j][i] = l[0] * factors.0 + l[1] * factors.1 + l[2] * factors.2 + 0.5 * random.normal()
        }
    }
    return columns
}
