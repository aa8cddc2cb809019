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
        let m = system.coefficientCount, n = system.rowCount, width = columns
        let yNorms = (0..<columns).map { weightedNorm(y + $0 * n) }
        var a = [Double](repeating: 0, count: m * width)
        for c in 0..<columns { if let start = starts[c] { for l in 0..<m { a[l * width + c] = start[l] } } }
        let b = system.levelSums(y, columns: columns)
        var r = b
        if starts.contains(where: { $0 != nil }) {
            let product = a.withUnsafeBufferPointer { system.apply($0.baseAddress!, columns: width) }
            for j in 0..<(m * width) { r[j] -= product[j] }
        }
        let inverse = system.inverseLevelWeights
        var z = [Double](repeating: 0, count: m * width)
        for l in 0..<m { for c in 0..<width { z[l * width + c] = r[l * width + c] * inverse[l] } }
        var rz = columnDots(r, z, width)
        var p = z
        var iterations = [Int](repeating: 0, count: columns)
        func relative(_ c: Int) -> Double {
            guard yNorms[c] > 0 else { return 0 }
            let squared = yNorms[c] * yNorms[c] - columnDot(a, b, c, width) - columnDot(a, r, c, width)
            let scale = max(squared > 0 ? squared.squareRoot() : 0, 1e-2 * yNorms[c])
            return rz[c].squareRoot() / scale
        }
        var active = (0..<columns).map { relative($0) > tolerance }
        for c in 0..<columns where !active[c] { for l in 0..<m { p[l * width + c] = 0 } }
        while active.contains(true) && iterations.max()! < maxIterations {
            let product = p.withUnsafeBufferPointer { system.apply($0.baseAddress!, columns: width) }
            let curvature = columnDots(p, product, width)
            var step = [Double](repeating: 0, count: width)
            for c in 0..<columns where active[c] {
                if curvature[c] > 0 { step[c] = rz[c] / curvature[c] } else { active[c] = false }
            }
            for l in 0..<m {
                for c in 0..<width {
                    let j = l * width + c
                    a[j] += step[c] * p[j]
                    r[j] -= step[c] * product[j]
                    z[j] = r[j] * inverse[l]
                }
            }
            let next = columnDots(r, z, width)
            var beta = [Double](repeating: 0, count: width)
            for c in 0..<columns where active[c] {
                beta[c] = next[c] / rz[c]
                rz[c] = next[c]
                iterations[c] += 1
                if relative(c) <= tolerance { active[c] = false }
            }
            for l in 0..<m {
                for c in 0..<width {
                    let j = l * width + c
                    p[j] = active[c] ? z[j] + beta[c] * p[j] : 0
                }
            }
        }
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

    /// Per column, the dot product of two interleaved coefficient vectors.
    private func columnDots(_ u: [Double], _ v: [Double], _ width: Int) -> [Double] {
        var sums = [Double](repeating: 0, count: width)
        for j in 0..<u.count { sums[j % width] += u[j] * v[j] }
        return sums
    }

    /// The dot product of column `c` of two interleaved coefficient vectors.
    private func columnDot(_ u: [Double], _ v: [Double], _ c: Int, _ width: Int) -> Double {
        var sum = 0.0
        var j = c
        while j < u.count { sum += u[j] * v[j]; j += width }
        return sum
    }
}
