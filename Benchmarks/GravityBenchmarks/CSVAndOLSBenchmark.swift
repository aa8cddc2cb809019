import Foundation
import GravityKit

/// Generates a 10-million-row numeric CSV (y and 5 regressors), then times CSV loading and an OLS
/// fit with 5 regressors; where R with data.table is installed, times `fread` on the same file.
func runCSVAndOLSBenchmark() throws {
    let rows = Int(ProcessInfo.processInfo.environment["GRAVITY_BENCH_ROWS"] ?? "") ?? 10_000_000
    let path = NSTemporaryDirectory() + "gravity-bench-\(rows).csv"
    if !FileManager.default.fileExists(atPath: path) {
        let generation = try seconds { try writeBenchmarkCSV(rows: rows, path: path) }
        print(String(format: "generated %d rows in %.2f s", rows, generation))
    }
    let bytes = Double((try FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0)
    var dataset = Dataset()
    let load = try medianSeconds(runs: 5) { dataset = try CSVReader.read(path: path) }
    print(String(format: "CSV load: median %.3f s over 5 runs, %.0f MB/s (%.0f MB)", load, bytes / load / 1e6, bytes / 1e6))

    let request = FitRequest(formula: try Formula("y ~ x1 + x2 + x3 + x4 + x5"))
    let ols = OLSEstimator()
    var result: EstimationResult?
    let fit = try medianSeconds(runs: 5) { result = try ols.fit(dataset, request: request) }
    print(String(format: "OLS fit (5 regressors, model frame + QR + covariance): median %.3f s over 5 runs", fit))
    if let result { print("  estimates: " + result.estimates.map { String(format: "%.4f", $0) }.joined(separator: ", ")) }
    if let peak = peakMemoryMiB() { print(String(format: "peak memory %.0f MiB", peak)) }

    let code = "suppressMessages(library(data.table)); t <- replicate(5, system.time(fread('\(path)', nThread = 2))[['elapsed']]); cat(median(t))"
    if let output = runR(code), let fread = Double(output.trimmingCharacters(in: .whitespacesAndNewlines)) {
        print(String(format: "R data.table::fread (2 threads): median %.3f s, %.0f MB/s; GravityKit / fread time ratio %.2f", fread, bytes / fread / 1e6, load / fread))
    } else {
        print("R data.table not available: fread comparison skipped")
    }
}

/// Writes `rows` rows of y = 1 + x1 - x2 + 0.5 x3 + 2 x4 - x5 + noise with 17 significant digits.
private func writeBenchmarkCSV(rows: Int, path: String) throws {
    var rng = SeededRandom(seed: 42)
    var bytes = Array("y,x1,x2,x3,x4,x5\n".utf8)
    bytes.reserveCapacity(rows * 110)
    for _ in 0..<rows {
        let x = (0..<5).map { _ in rng.normal() }
        let y = 1 + x[0] - x[1] + 0.5 * x[2] + 2 * x[3] - x[4] + rng.normal()
        bytes += (([y] + x).map { String($0) }.joined(separator: ",") + "\n").utf8
    }
    try OutputFile.write(bytes, to: path)
}
