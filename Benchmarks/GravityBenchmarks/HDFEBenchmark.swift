import Foundation

/// One model timed by `gravity-bench hdfe`: the `gravity fit` arguments after the data file and
/// the pyfixest call on a pandas frame `df` it is compared with. Add a line to ``hdfeJobs`` to
/// time another estimator on the same panel.
struct HDFEJob {
    let name: String
    let gravityArguments: [String]
    let pyfixestCall: String
}

let hdfeJobs: [HDFEJob] = [
    HDFEJob(name: "ols", gravityArguments: ["--model", "ols", "--formula", "y ~ x1 + x2 | exp_year + imp_year + pair", "--vcov", "cluster:pair"],
            pyfixestCall: "pf.feols('y ~ x1 + x2 | exp_year + imp_year + pair', data=df, vcov={'CRV1': 'pair'})"),
    HDFEJob(name: "ppml", gravityArguments: ["--model", "ppml", "--formula", "y ~ x1 + x2 | exp_year + imp_year + pair", "--vcov", "cluster:pair"],
            pyfixestCall: "pf.fepois('y ~ x1 + x2 | exp_year + imp_year + pair', data=df, vcov={'CRV1': 'pair'})"),
]

/// The jobs to run: all, or those named in `GRAVITY_BENCH_HDFE_JOBS` (comma-separated, e.g. `ppml`).
private func selectedHDFEJobs() throws -> [HDFEJob] {
    guard let names = ProcessInfo.processInfo.environment["GRAVITY_BENCH_HDFE_JOBS"]?.split(separator: ",")
        .map({ $0.trimmingCharacters(in: .whitespaces) }) else { return hdfeJobs }
    let jobs = hdfeJobs.filter { names.contains($0.name) }
    guard !jobs.isEmpty else {
        throw BenchmarkFailure("GRAVITY_BENCH_HDFE_JOBS names no job; available: \(hdfeJobs.map(\.name).joined(separator: ", "))")
    }
    return jobs
}

/// The panel of `../shared/bench/gen_hdfe_bench.py` at 1e6 and 1e7 rows (`GRAVITY_BENCH_HDFE_ROWS`
/// overrides, comma-separated; `GRAVITY_BENCH_HDFE_JOBS=ppml` runs only the named jobs): each job's whole `gravity fit` (this build's executable, CSV load
/// included) against pyfixest's `read_csv` + fit in the same run (after a warm-up fit, which
/// compiles its numba kernels and may fail without harm), median of 3 runs each, with peak memory from `/usr/bin/time` and the
/// largest relative difference between the two tools' coefficients.
func runHDFEBenchmark() throws {
    let jobs = try selectedHDFEJobs()
    let sizes = (ProcessInfo.processInfo.environment["GRAVITY_BENCH_HDFE_ROWS"] ?? "1000000,10000000")
        .split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
    let generator = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/bench/gen_hdfe_bench.py").path
    guard FileManager.default.fileExists(atPath: generator) else {
        print("skipped: the panel generator \(generator) is absent (it lives beside the repository in shared/bench)")
        return
    }
    let gravity = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("gravity").path
    for rows in sizes {
        let path = NSTemporaryDirectory() + "gravity-hdfe-\(rows).csv"
        if !FileManager.default.fileExists(atPath: path) {
            guard let generated = runCommand(["python3", generator, String(rows), path]) else {
                print("skipped \(rows) rows: python3 with numpy and pandas is needed to generate the panel")
                continue
            }
            print("generated: " + generated.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        let numericMiB = Double(rows * 6 * 8) / 1_048_576
        for job in jobs {
            print("-- \(job.name), \(rows) rows (numeric data \(String(format: "%.0f", numericMiB)) MiB)")
            var times: [Double] = [], peaks: [Double] = []
            let output = NSTemporaryDirectory() + "gravity-hdfe-\(job.name)-\(rows)-\(ProcessInfo.processInfo.processIdentifier).json"
            defer { try? FileManager.default.removeItem(atPath: output) }
            for _ in 0..<3 {
                guard let run = timedCommand([gravity, "fit", path] + job.gravityArguments + ["--format", "json", "--output", output]) else {
                    throw BenchmarkFailure("gravity fit failed on \(path)")
                }
                times.append(run.seconds)
                peaks.append(run.peakMiB)
            }
            let ourEstimates = try gravityEstimates(output)
            let ours = median(times)
            print(String(format: "gravity fit (CSV load included): median %.3f s over 3 runs, peak memory %.0f MiB (%.2f x the numeric data)",
                         ours, peaks.max()!, peaks.max()! / numericMiB))
            if let python = pyfixestTimes(job: job, path: path) {
                print(String(format: "pyfixest read_csv + fit: median %.3f s over 3 runs, peak memory %.0f MiB; GravityKit / pyfixest time ratio %.2f",
                             python.seconds, python.peakMiB, ours / python.seconds))
                let differences = python.estimates.map { term, theirs in
                    ourEstimates[term].map { abs($0 - theirs) / max(abs(theirs), 1e-300) } ?? .infinity
                }
                print(String(format: "  largest relative coefficient difference from pyfixest: %.2e over %d coefficient(s)",
                             differences.max() ?? .nan, differences.count))
            } else {
                print("pyfixest not available: comparison skipped")
            }
        }
    }
}

/// A benchmark that could not run.
struct BenchmarkFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// The repository root (this file is Benchmarks/GravityBenchmarks/HDFEBenchmark.swift).
private let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

private func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

/// The coefficients of a `gravity fit --format json` output file, by term.
private func gravityEstimates(_ path: String) throws -> [String: Double] {
    guard let data = FileManager.default.contents(atPath: path),
          let json = try JSONSerialization.jsonObject(with: data) as? [String: Any],
          let coefficients = json["coefficients"] as? [[String: Any]] else {
        throw BenchmarkFailure("gravity fit wrote no coefficients to \(path)")
    }
    var estimates: [String: Double] = [:]
    for entry in coefficients {
        if let term = entry["term"] as? String, let estimate = entry["estimate"] as? Double { estimates[term] = estimate }
    }
    return estimates
}

/// pyfixest's median time of read_csv + the job's call (after a warm-up), its peak memory and estimates.
private func pyfixestTimes(job: HDFEJob, path: String) -> (seconds: Double, peakMiB: Double, estimates: [String: Double])? {
    let script = """
    import json, time, statistics, pandas as pd, pyfixest as pf
    df = pd.read_csv('\(path)', nrows=200000)
    try:  # the warm-up only compiles numba's kernels; on a slice of the 1e7 panel fepois's demeaning can fail
        \(job.pyfixestCall)
    except Exception:
        pass
    times = []
    for _ in range(3):
        start = time.perf_counter()
        df = pd.read_csv('\(path)')
        fit = \(job.pyfixestCall)
        times.append(time.perf_counter() - start)
    print(statistics.median(times))
    print(json.dumps({str(k): float(v) for k, v in fit.coef().items()}))
    """
    guard let run = timedCommand(["python3", "-c", script]) else { return nil }
    let lines = run.stdout.split(separator: "\n").map(String.init)
    guard lines.count >= 2, let seconds = Double(lines[0]),
          let estimates = (try? JSONSerialization.jsonObject(with: Data(lines[1].utf8))) as? [String: Double] else { return nil }
    return (seconds, run.peakMiB, estimates)
}

/// Runs `arguments` under `/usr/bin/time`, returning wall seconds, peak resident memory and the
/// standard output; nil when the command fails.
private func timedCommand(_ arguments: [String]) -> (seconds: Double, peakMiB: Double, stdout: String)? {
    let marker = "GRAVITY-BENCH-TIME"
    guard let run = runCommand(["/usr/bin/time", "-f", "\(marker) %e %M"] + arguments),
          let line = run.stderr.split(separator: "\n").last(where: { $0.hasPrefix(marker) }) else { return nil }
    let fields = line.split(separator: " ")
    guard fields.count == 3, let seconds = Double(fields[1]), let kilobytes = Double(fields[2]) else { return nil }
    return (seconds, kilobytes / 1024, run.stdout)
}

/// Runs a command (through `env`), returning its output; nil when it cannot start or fails.
private func runCommand(_ arguments: [String]) -> (stdout: String, stderr: String)? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    let output = Pipe(), errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    do { try process.run() } catch { return nil }
    let stderrData = errors.fileHandleForReading.readDataToEndOfFile()
    let stdoutData = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { return nil }
    return (String(decoding: stdoutData, as: UTF8.self), String(decoding: stderrData, as: UTF8.self))
}
