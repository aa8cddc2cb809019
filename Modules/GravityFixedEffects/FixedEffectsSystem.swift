import Dispatch
import GravityCore

/// The normal equations `D'WD a = D'W y` of the fixed effects for several columns at once: `D`
/// holds one indicator column per level of every dimension, `W` the observation weights.
///
/// Coefficients are stored level-major with the columns interleaved (`a[level * columns + c]`),
/// levels of every dimension after one another (``offsets``), so one pass over the rows serves
/// every column and each level's values share a cache line. Passes split the rows between the
/// processor cores, each core scattering into its own buffer; nothing of the size of the data is
/// allocated.
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

    /// The system of `dimensions` (rows aligned) with optional weights.
    init(dimensions: [Grouping], weights: [Double]?) {
        codes = dimensions.map(\.codes)
        var offsets = [0]
        for dimension in dimensions { offsets.append(offsets.last! + dimension.count) }
        self.offsets = offsets
        self.weights = weights
        inverseLevelWeights = []
        inverseLevelWeights = Self.inverse(levelSums(nil, columns: 1))
    }

    /// Number of rows.
    var rowCount: Int { codes.first?.count ?? 0 }
    /// Number of coefficients per column (levels of all dimensions).
    var coefficientCount: Int { offsets.last! }
    /// Number of dimensions.
    var dimensionCount: Int { codes.count }

    /// Replaces the weights (same rows).
    mutating func setWeights(_ weights: [Double]?) {
        self.weights = weights
        inverseLevelWeights = Self.inverse(levelSums(nil, columns: 1))
    }

    private static func inverse(_ totals: [Double]) -> [Double] { totals.map { $0 > 0 ? 1 / $0 : 0 } }

    /// `D'W y` for `columns` columns stored column-major in `y` (nil: a column of ones).
    func levelSums(_ y: UnsafePointer<Double>?, columns: Int) -> [Double] {
        scatter(columns: columns) { i, fitted in
            let w = weights?[i] ?? 1
            for c in 0..<columns { fitted[c] = w * (y?[c &* rowCount &+ i] ?? 1) }
        }
    }

    /// `D'WD p` for interleaved coefficients `p`.
    func apply(_ p: UnsafePointer<Double>, columns: Int) -> [Double] {
        let dimensions = dimensionCount
        return withCodePointers { c in scatter(columns: columns) { i, fitted in
            for column in 0..<columns { fitted[column] = 0 }
            for k in 0..<dimensions {
                let base = (offsets[k] &+ Int(c[k][i])) &* columns
                for column in 0..<columns { fitted[column] += p[base &+ column] }
            }
            if let weights {
                let w = weights[i]
                for column in 0..<columns { fitted[column] *= w }
            }
        } }
    }

    /// Replaces each column of `y` (column-major) by `y - D a` for interleaved coefficients `a`.
    func subtractEffects(_ a: UnsafePointer<Double>, from y: UnsafeMutablePointer<Double>, columns: Int) {
        let n = rowCount, dimensions = dimensionCount
        withCodePointers { c in
            for i in 0..<n {
                for k in 0..<dimensions {
                    let base = (offsets[k] &+ Int(c[k][i])) &* columns
                    for column in 0..<columns { y[column &* n &+ i] -= a[base &+ column] }
                }
            }
        }
    }

    /// Sums, for each level and column, the values `row(i, fitted)` writes for the rows of that
    /// level: rows are split between two workers, each with its own buffer, added at the end.
    private func scatter(columns: Int, _ row: (Int, UnsafeMutablePointer<Double>) -> Void) -> [Double] {
        let n = rowCount, size = coefficientCount * columns, dimensions = dimensionCount
        let workers = n >= 100_000 ? 2 : 1
        var buffers = [[Double]](repeating: [], count: workers)
        withCodePointers { c in
            withoutActuallyEscaping(row) { row in
                let work = UncheckedWork { worker in
                    var sums = [Double](repeating: 0, count: size)
                    var fitted = [Double](repeating: 0, count: columns)
                    let start = n * worker / workers, end = n * (worker + 1) / workers
                    sums.withUnsafeMutableBufferPointer { s in
                        fitted.withUnsafeMutableBufferPointer { f in
                            for i in start..<end {
                                row(i, f.baseAddress!)
                                for k in 0..<dimensions {
                                    let base = (offsets[k] &+ Int(c[k][i])) &* columns
                                    for column in 0..<columns { s[base &+ column] += f[column] }
                                }
                            }
                        }
                    }
                    return sums
                }
                let results = UncheckedResults(count: workers)
                DispatchQueue.concurrentPerform(iterations: workers) { results.store(work.body($0), at: $0) }
                buffers = results.take()
            }
        }
        guard workers > 1 else { return buffers[0] }
        var total = buffers[0]
        for other in buffers.dropFirst() { for j in 0..<size { total[j] += other[j] } }
        return total
    }

    /// Calls `body` with a base pointer to each dimension's codes.
    func withCodePointers<R>(_ body: ([UnsafePointer<Int32>]) -> R) -> R {
        func nest(_ k: Int, _ collected: [UnsafePointer<Int32>]) -> R {
            if k == codes.count { return body(collected) }
            return codes[k].withUnsafeBufferPointer { nest(k + 1, collected + [$0.baseAddress!]) }
        }
        return nest(0, [])
    }
}

/// A worker body handed to `concurrentPerform`; it only reads shared state.
private struct UncheckedWork: @unchecked Sendable {
    let body: (Int) -> [Double]
}

/// One result slot per worker; each worker writes only its own slot.
private struct UncheckedResults: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<[Double]>
    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: [])
    }
    func store(_ value: [Double], at index: Int) { slots[index] = value }
    /// The results; the slots are released.
    func take() -> [[Double]] {
        let values = Array(slots)
        slots.deinitialize()
        slots.deallocate()
        return values
    }
}
