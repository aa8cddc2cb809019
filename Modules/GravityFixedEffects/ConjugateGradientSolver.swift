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
    func solve(_ y: UnsafePointer<Double>, columns: Int, starts: [[Double]?]) -> Outcome {
        let m = system.coefficientCount, width = columns, size = m * width
        let yNorms = (0..<columns).map { weightedNorm(y + $0 * system.rowCount) }
        let vectors = CoefficientVectors(size: size, scratch: system.scratchCount(columns: width))
        defer { vectors.deallocate() }
        let (a, r, z, p, product) = (vectors.a, vectors.r, vectors.z, vectors.p, vectors.product)
        for c in 0..<columns { if let start = starts[c] { for l in 0..<m { a[l * width + c] = start[l] } } }
        let b = system.levelSums(y, columns: columns)
        for j in 0..<size { r[j] = b[j] }
        if starts.contains(where: { $0 != nil }) {
            system.scatter(.effects(a), columns: width, into: product, scratch: vectors.scratch)
            for j in 0..<size { r[j] -= product[j] }
        }
        let inverse = system.inverseLevelWeights
        for l in 0..<m { for c in 0..<width { z[l * width + c] = r[l * width + c] * inverse[l] } }
        var rz = [Double](repeating: 0, count: width), ab = rz, ar = rz
        for j in 0..<size { rz[j % width] += r[j] * z[j]; ab[j % width] += a[j] * b[j]; ar[j % width] += a[j] * r[j] }
        for j in 0..<size { p[j] = z[j] }
        var iterations = [Int](repeating: 0, count: columns)
        func relative(_ c: Int) -> Double {
            guard yNorms[c] > 0 else { return 0 }
            let squared = yNorms[c] * yNorms[c] - ab[c] - ar[c]
            let scale = max(squared > 0 ? squared.squareRoot() : 0, 1e-2 * yNorms[c])
            return rz[c].squareRoot() / scale
        }
        var active = (0..<columns).map { relative($0) > tolerance }
        for c in 0..<columns where !active[c] { for l in 0..<m { p[l * width + c] = 0 } }
        // Per-column scalars of one step, as raw buffers so that the loops over the coefficients
        // carry no bounds checks; `keep` is 1 for an active column and 0 for a stopped one.
        let scalars = UnsafeMutablePointer<Double>.allocate(capacity: 6 * width)
        defer { scalars.deallocate() }
        let (step, beta, next, curvature, sums, keep) = (scalars, scalars + width, scalars + 2 * width, scalars + 3 * width,
                                                         scalars + 4 * width, scalars + 5 * width)
        inverse.withUnsafeBufferPointer { inverse in b.withUnsafeBufferPointer { b in
            while active.contains(true) && iterations.max()! < maxIterations {
                system.scatter(.effects(p), columns: width, into: product, scratch: vectors.scratch)
                for c in 0..<width { curvature[c] = 0; next[c] = 0; sums[c] = 0 }
                for l in 0..<m { for c in 0..<width { curvature[c] += p[l &* width &+ c] * product[l &* width &+ c] } }
                for c in 0..<columns {
                    step[c] = 0
                    if active[c] { if curvature[c] > 0 { step[c] = rz[c] / curvature[c] } else { active[c] = false } }
                }
                // `sums` collects a'(b + r) for the residual norm of `relative`.
                for l in 0..<m {
                    for c in 0..<width {
                        let j = l &* width &+ c
                        a[j] += step[c] * p[j]
                        r[j] -= step[c] * product[j]
                        z[j] = r[j] * inverse[l]
                        next[c] += r[j] * z[j]
                        sums[c] += a[j] * (b[j] + r[j])
                    }
                }
                for c in 0..<columns {
                    ab[c] = sums[c]
                    ar[c] = 0
                    beta[c] = 0
                    keep[c] = 0
                    guard active[c] else { continue }
                    beta[c] = next[c] / rz[c]
                    rz[c] = next[c]
                    iterations[c] += 1
                    if relative(c) <= tolerance { active[c] = false; beta[c] = 0 } else { keep[c] = 1 }
                }
                for l in 0..<m {
                    for c in 0..<width {
                        let j = l &* width &+ c
                        p[j] = keep[c] * (z[j] + beta[c] * p[j])
                    }
                }
            }
        } }
        let relatives = (0..<columns).map(relative)
        let split = (0..<columns).map { c in (0..<m).map { a[$0 * width + c] } }
        return Outcome(coefficients: split, iterations: iterations, relativeResidual: relatives,
                       converged: relatives.map { $0 <= tolerance })
    }

    /// `sqrt(sum_i w_i y_i^2)` of one column.
    private func weightedNorm(_ y: UnsafePointer<Double>) -> Double {
        var sum = 0.0
        if let weights = system.weights {
            for i in 0..<system.rowCount { sum += weights[i] * y[i] * y[i] }
        } else {
            for i in 0..<system.rowCount { sum += y[i] * y[i] }
        }
        return sum.squareRoot()
    }
}

/// The interleaved coefficient vectors of one conjugate-gradient solve and the scatter scratch,
/// allocated once per solve (the iterations allocate nothing of the size of the coefficients).
private struct CoefficientVectors {
    let a, r, z, p, product: UnsafeMutablePointer<Double>
    let scratch: UnsafeMutablePointer<Double>
    private let all: UnsafeMutableBufferPointer<Double>

    init(size: Int, scratch scratchCount: Int) {
        all = .allocate(capacity: 5 * size + scratchCount)
        all.initialize(repeating: 0)
        let base = all.baseAddress!
        (a, r, z, p, product) = (base, base + size, base + 2 * size, base + 3 * size, base + 4 * size)
        scratch = base + 5 * size
    }

    func deallocate() { all.deallocate() }
}
