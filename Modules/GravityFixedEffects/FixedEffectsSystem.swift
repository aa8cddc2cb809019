#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import GravityCore

/// The normal equations `D'WD a = D'W y` of the fixed effects for several columns at once: `D`
/// holds one indicator column per level of every dimension, `W` the observation weights.
///
/// Coefficients are stored level-major with the columns interleaved (`a[level * columns + c]`),
/// levels of every dimension after one another (``offsets``), so one pass over the rows serves
/// every column and each level's values share a cache line. Passes split the rows between the
/// processor cores, each core scattering into its own buffer (the caller's scratch, reused from
/// pass to pass); the buffers are then added, also split between the cores.
struct FixedEffectsSystem: Sendable {
    /// Level of each row in each dimension.
    let codes: [[Int32]]
    /// Start of each dimension's levels in a coefficient vector; the last entry is the total.
    let offsets: [Int]
    /// Observation weights, or nil for equal weights.
    private(set) var weights: [Double]?
    /// One over the total weight of each level (the inverse of the diagonal of `D'WD`), zero for
    /// a level without rows.
    private(set) var inverseLevelWeights: [Double]
    /// Number of cores a pass over the rows uses.
    let workerCount: Int

    /// The system of `dimensions` (rows aligned) with optional weights.
    init(dimensions: [Grouping], weights: [Double]?) {
        codes = dimensions.map(\.codes)
        var offsets = [0]
        for dimension in dimensions { offsets.append(offsets.last! + dimension.count) }
        self.offsets = offsets
        self.weights = weights
        let rows = codes.first?.count ?? 0
        workerCount = rows >= 100_000 ? max(1, min(4, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))) : 1
        inverseLevelWeights = []
        inverseLevelWeights = Self.inverse(levelSums(nil, columns: 1))
    }

    /// Number of rows.
    var rowCount: Int { codes.first?.count ?? 0 }
    /// Number of coefficients per column (levels of all dimensions).
    var coefficientCount: Int { offsets.last! }
    /// Number of dimensions.
    var dimensionCount: Int { codes.count }
    /// Values of scratch space ``scatter(_:columns:into:scratch:)`` needs for `columns` columns.
    func scratchCount(columns: Int) -> Int { (workerCount - 1) * coefficientCount * columns }

    /// Replaces the weights (same rows).
    mutating func setWeights(_ weights: [Double]?) {
        self.weights = weights
        inverseLevelWeights = Self.inverse(levelSums(nil, columns: 1))
    }

    private static func inverse(_ totals: [Double]) -> [Double] { totals.map { $0 > 0 ? 1 / $0 : 0 } }

    /// `D'W y` for `columns` columns stored column-major in `y` (nil: a column of ones).
    func levelSums(_ y: UnsafePointer<Double>?, columns: Int) -> [Double] {
        var sums = [Double](repeating: 0, count: coefficientCount * columns)
        var scratch = [Double](repeating: 0, count: scratchCount(columns: columns))
        sums.withUnsafeMutableBufferPointer { out in
            scratch.withUnsafeMutableBufferPointer { scatter(.data(y), columns: columns, into: out.baseAddress!, scratch: $0.baseAddress) }
        }
        return sums
    }

    /// Writes `D'W S` into `out` (interleaved, ``coefficientCount`` times `columns` values) for
    /// the rows' values `S` of `source`; `scratch` holds ``scratchCount(columns:)`` values.
    func scatter(_ source: RowPass.Source, columns: Int, into out: UnsafeMutablePointer<Double>, scratch: UnsafeMutablePointer<Double>?) {
        let n = rowCount, size = coefficientCount * columns, workers = workerCount
        withPass { pass in
            Self.concurrently(workers) { worker in
                let sums = worker == 0 ? out : scratch! + (worker - 1) * size
                sums.initialize(repeating: 0, count: size)
                pass.scatter(source, stride: columns, rows: (n * worker / workers)..<(n * (worker + 1) / workers), into: sums)
            }
        }
        guard workers > 1, let scratch else { return }
        Self.concurrently(workers) { worker in
            for j in (size * worker / workers)..<(size * (worker + 1) / workers) {
                var total = out[j]
                for other in 0..<(workers - 1) { total += scratch[other &* size &+ j] }
                out[j] = total
            }
        }
    }

    /// Replaces each column of `y` (column-major) by `y - D a` for interleaved coefficients `a`.
    func subtractEffects(_ a: UnsafePointer<Double>, from y: UnsafeMutablePointer<Double>, columns: Int) {
        let n = rowCount, workers = workerCount
        withPass { pass in
            Self.concurrently(workers) { worker in
                pass.subtract(a, stride: columns, rows: (n * worker / workers)..<(n * (worker + 1) / workers), from: y)
            }
        }
    }

    /// Calls `body` with the row kernels over this system's codes and weights.
    private func withPass<R>(_ body: (RowPass) -> R) -> R {
        withUnsafeTemporaryAllocation(of: UnsafePointer<Int32>.self, capacity: codes.count) { pointers in
            func nest(_ k: Int) -> R {
                if k == codes.count {
                    return weights.withOptionalPointer { body(RowPass(codes: UnsafeBufferPointer(pointers), offsets: offsets, weights: $0, rowCount: rowCount)) }
                }
                return codes[k].withUnsafeBufferPointer { pointers[k] = $0.baseAddress!; return nest(k + 1) }
            }
            return nest(0)
        }
    }

    /// Runs `body(0) ..< body(count)` on the processor cores; each call writes only its own part.
    private static func concurrently(_ count: Int, _ body: (Int) -> Void) {
        guard count > 1 else { body(0); return }
        withoutActuallyEscaping(body) { body in
            let shared = UncheckedBody(body: body)
            DispatchQueue.concurrentPerform(iterations: count) { shared.body($0) }
        }
    }
}

/// A worker body handed to `concurrentPerform`; the workers write disjoint memory.
private struct UncheckedBody: @unchecked Sendable {
    let body: (Int) -> Void
}

private extension Optional where Wrapped == [Double] {
    /// Calls `body` with a pointer to the values, or nil.
    func withOptionalPointer<R>(_ body: (UnsafePointer<Double>?) -> R) -> R {
        guard let values = self else { return body(nil) }
        return values.withUnsafeBufferPointer { body($0.baseAddress) }
    }
}
