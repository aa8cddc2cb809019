// GravityKit benchmarks. Run in release mode, for example:
//   swift run -c release gravity-bench all
//   swift run -c release gravity-bench csv-ols
// Each benchmark prints the median of several runs and, where the reference tool is installed
// (R with data.table or plm), times it in the same run and prints the ratio.
import Foundation

/// A benchmark that can be run by name.
struct BenchmarkEntry {
    let name: String
    let summary: String
    let run: () throws -> Void
}

let benchmarks: [BenchmarkEntry] = [
    BenchmarkEntry(name: "csv-ols", summary: "10 million rows: CSV loading and OLS with 5 regressors", run: runCSVAndOLSBenchmark),
    BenchmarkEntry(name: "index", summary: "1 million rows x 20 indicators: pca composite index end to end", run: runIndexBenchmark),
    BenchmarkEntry(name: "panel", summary: "1 million observations, 100,000 units, 5 regressors: fe and re with clustered standard errors", run: runPanelBenchmark),
    BenchmarkEntry(name: "hdfe", summary: "ols and ppml with three fixed effects (exporter-year, importer-year, pair) clustered by pair, 1e6 and 1e7 rows, whole gravity fit against pyfixest (GRAVITY_BENCH_HDFE_JOBS=ppml for one)",
                   run: runHDFEBenchmark),
    BenchmarkEntry(name: "frontier", summary: "stochastic frontiers: half-normal with 1 million observations and 5 regressors; BC92 panel, 100,000 units x 10 periods", run: runFrontierBenchmark),
    BenchmarkEntry(name: "ge", summary: "full-endowment general equilibrium, 200 generated countries, every border removed", run: runGEBenchmark),
]

let requested = CommandLine.arguments.dropFirst().first ?? "all"
let selected = requested == "all" ? benchmarks : benchmarks.filter { $0.name == requested }
if selected.isEmpty {
    FileHandle.standardError.write(Data("Unknown benchmark `\(requested)`. Available: all, \(benchmarks.map(\.name).joined(separator: ", "))\n".utf8))
    exit(2)
}
for benchmark in selected {
    print("== \(benchmark.name): \(benchmark.summary)")
    do {
        try benchmark.run()
    } catch {
        FileHandle.standardError.write(Data("benchmark \(benchmark.name) failed: \(error)\n".utf8))
        exit(1)
    }
}
