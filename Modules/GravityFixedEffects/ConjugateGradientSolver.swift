import GravityLinearAlgebra

/// Solves the fixed-effect normal equations `D'WD a = D'W y` for several columns at once by
/// conjugate gradients preconditioned with the diagonal of `D'WD` (the levels' total weights).
///
/// This is alternating projections accelerated: one conjugate-gradient step costs one pass over
/// the rows (for every column together), like one sweep of projections, and the number of steps
/// grows with the square root of the condition number instead of the condition number, so long
/// chains of overlapping groups (a dimension that links the levels of another only through
/// neighbours) converge.
///
/// Convergence is measured by the residual `e = y - D a` itself: the root of `sum_k ||P_k e||^2`
/// (its weighted projection on each dimension's levels, zero at the solution), relative to the
/// weighted norm of `e` (`||e||^2 = ||y||^2 - a'b - a'r` is known without a pass over the rows).
/// That norm is floored at 1/100 of `||y||`: for a column the fixed effects (nearly) absorb, `e`
/// vanishes and the criterion becomes `tolerance * ||y|| / 100`, which rounding still lets the
/// iteration reach. A column stops (its direction is frozen) as soon as it converges.
struct ConjugateGradientSolver {
    /// Levels per core below which a pass over the coefficients stays on one core.
    static let minimumLevelsPerWorker = 8192
    let system: FixedEffectsSystem
    let tolerance: Double
    let maxIterations: Int

    /// The outcome for each column.
    struct Outcome {
        /// Per column, the coefficients, levels of every dimension after one another.
        var coefficients: [[Double]]
        /// Per column, the conjugate-gradient steps taken.
        var iterations: [Int]
        /// Per column, the relative size of the residual's projection on the fixed effects at the end.
        var relativeResidual: [Double]
        /// Per column, whether `relativeResidual` reached the tolerance.
        var converged: [Bool]
    }

    /// Solves for `columns` columns stored column-major in `y`, each starting from `starts[c]`
    /// (a previous solution) or zero.
    ///
    /// Besides the pass over the rows, a step makes three passes over the coefficients (its
    /// curvature; the updates of `a` and `r` with the sums for the next step; the new direction),
    /// each on every core in fixed blocks of levels whose sums are added in block order, so the
    /// result does not depend on the number of cores.
    func solve(_ y: UnsafePointer<Double>, columns: Int, starts: [[Double]?]) -> Outcome {
        system.inverseLevelWeights.withUnsafeBufferPointer { solve(y, columns: columns, starts: starts, inverse: $0.baseAddress!) }
    }

    /// ``solve(_:columns:starts:)`` with the system's inverse level weights at `inverse`.
    private func solve(_ y: UnsafePointer<Double>, columns: Int, starts: [[Double]?], inverse: UnsafePointer<Double>) -> Outcome {
        let m = system.coefficientCount, width = columns
        let yNorms = weightedNorms(y, columns: columns)
        let v = CoefficientVectors(levels: m, width: width, scratch: system.scratchCount(columns: width),
                                   sums: system.levelSums(y, columns: columns), inverse: inverse)
        defer { v.deallocate() }
        for c in 0..<columns { if let start = starts[c] { for l in 0..<m { v.a[l * width + c] = start[l] } } }
        if starts.contains(where: { $0 != nil }) {
            system.scatter(.effects(v.a), columns: width, into: v.product, scratch: v.scratch)
        }
        // r = b - D'WD a (the product is zero without a warm start), p = z = r / levelWeight;
        // the sums r'z, a'b and a'r per column.
        let initial = v.sweep(partials: 3 * width) { levels, partial in
            for l in levels {
                for c in 0..<width {
                    let j = l &* width &+ c
                    let r = v.b[j] - v.product[j], z = r * v.inverse[l]
                    v.r[j] = r
                    v.p[j] = z
                    partial[c] += r * z
                    partial[width &+ c] += v.a[j] * v.b[j]
                    partial[2 &* width &+ c] += v.a[j] * r
                }
            }
        }
        var rz = Array(initial[0..<width]), ab = Array(initial[width..<2 * width]), ar = Array(initial[(2 * width)...])
        var iterations = [Int](repeating: 0, count: columns)
        func relative(_ c: Int) -> Double {
            guard yNorms[c] > 0 else { return 0 }
            let squared = yNorms[c] * yNorms[c] - ab[c] - ar[c]
            let scale = max(squared > 0 ? squared.squareRoot() : 0, 1e-2 * yNorms[c])
            return rz[c].squareRoot() / scale
        }
        var active = (0..<columns).map { relative($0) > tolerance }
        for c in 0..<columns where !active[c] { for l in 0..<m { v.p[l * width + c] = 0 } }
        while active.contains(true) && iterations.max()! < maxIterations {
            system.scatter(.effects(v.p), columns: width, into: v.product, scratch: v.scratch)
            let curvature = v.sweep(partials: width) { levels, partial in
                for l in levels { for c in 0..<width { partial[c] += v.p[l &* width &+ c] * v.product[l &* width &+ c] } }
            }
            for c in 0..<columns {
                v.step[c] = 0
                if active[c] { if curvature[c] > 0 { v.step[c] = rz[c] / curvature[c] } else { active[c] = false } }
            }
            // Per column, r'z for the next step and a'(b + r) for the residual norm of `relative`.
            let sums = v.sweep(partials: 2 * width) { levels, partial in
                for l in levels {
                    let inverse = v.inverse[l]
                    for c in 0..<width {
                        let j = l &* width &+ c
                        let a = v.a[j] + v.step[c] * v.p[j], r = v.r[j] - v.step[c] * v.product[j]
                        v.a[j] = a
                        v.r[j] = r
                        partial[c] += r * (r * inverse)
                        partial[width &+ c] += a * (v.b[j] + r)
                    }
                }
            }
            for c in 0..<columns {
                ab[c] = sums[width + c]
                ar[c] = 0
                v.beta[c] = 0
                v.keep[c] = 0
                guard active[c] else { continue }
                v.beta[c] = sums[c] / rz[c]
                rz[c] = sums[c]
                iterations[c] += 1
                if relative(c) <= tolerance { active[c] = false; v.beta[c] = 0 } else { v.keep[c] = 1 }
            }
            // The new direction p = z + beta p, with z = r / levelWeight (zero for a stopped column).
            _ = v.sweep(partials: 0) { levels, _ in
                for l in levels {
                    let inverse = v.inverse[l]
                    for c in 0..<width {
                        let j = l &* width &+ c
                        v.p[j] = v.keep[c] * (v.r[j] * inverse + v.beta[c] * v.p[j])
                    }
                }
            }
        }
        let relatives = (0..<columns).map(relative)
        let split = (0..<columns).map { c in (0..<m).map { v.a[$0 * width + c] } }
        return Outcome(coefficients: split, iterations: iterations, relativeResidual: relatives,
                       converged: relatives.map { $0 <= tolerance })
    }

    /// `sqrt(sum_i w_i y_i^2)` of each of `columns` columns stored column-major in `y`, on every
    /// core in fixed blocks of rows.
    private func weightedNorms(_ y: UnsafePointer<Double>, columns: Int) -> [Double] {
        let n = system.rowCount
        guard let weights = system.weights else {
            return GramMatrix.squaredNorms(UnsafeBufferPointer(start: y, count: n * columns), rows: n, count: columns).map { $0.squareRoot() }
        }
        let data = RowData(y: y)
        return RowBlocks.sweep(0..<n, partialCount: columns) { block, partial in
            weights.withUnsafeBufferPointer { w in
                for c in 0..<columns {
                    let column = data.y + c &* n
                    var sum = 0.0
                    for i in block { sum += w[i] * column[i] * column[i] }
                    partial[c] = sum
                }
            }
        }.map { $0.squareRoot() }
    }
}

/// Data columns read by several threads at once.
private struct RowData: @unchecked Sendable {
    let y: UnsafePointer<Double>
}

/// The interleaved coefficient vectors of one conjugate-gradient solve, the scatter scratch and
/// the per-column scalars of a step, allocated once per solve (the iterations allocate nothing of
/// the size of the coefficients). Passes over the coefficients write disjoint levels from several
/// threads, which is what makes sharing the pointers safe.
private struct CoefficientVectors: @unchecked Sendable {
    /// Coefficients, residual `D'W y - D'WD a`, direction, and `D'WD p` (interleaved by level).
    let a, r, p, product: UnsafeMutablePointer<Double>
    /// `D'W y` (interleaved by level).
    let b: UnsafeMutablePointer<Double>
    /// One over each level's total weight (the system's, not copied).
    let inverse: UnsafePointer<Double>
    /// Per column: the step length, the direction's `beta`, and 1 for a column still iterating.
    let step, beta, keep: UnsafeMutablePointer<Double>
    let scratch: UnsafeMutablePointer<Double>
    /// Number of levels.
    let levels: Int
    private let all: UnsafeMutableBufferPointer<Double>

    init(levels: Int, width: Int, scratch scratchCount: Int, sums: [Double], inverse: UnsafePointer<Double>) {
        let size = levels * width
        self.levels = levels
        all = .allocate(capacity: 5 * size + 3 * width + scratchCount)
        all.initialize(repeating: 0)
        let base = all.baseAddress!
        (a, r, p, product, b) = (base, base + size, base + 2 * size, base + 3 * size, base + 4 * size)
        (step, beta, keep) = (base + 5 * size, base + 5 * size + width, base + 5 * size + 2 * width)
        scratch = base + 5 * size + 3 * width
        b.update(from: sums, count: size)
        self.inverse = inverse
    }

    /// Runs `body` over all levels in fixed blocks on every core; returns its `partials` sums
    /// added in block order.
    func sweep(partials: Int, _ body: @Sendable (Range<Int>, UnsafeMutablePointer<Double>) -> Void) -> [Double] {
        RowBlocks.sweep(0..<levels, partialCount: partials, minimumPerWorker: ConjugateGradientSolver.minimumLevelsPerWorker, body)
    }

    func deallocate() { all.deallocate() }
}
