/// Solves the fixed-effect normal equations `D'WD a = D'W y` for one column by conjugate
/// gradients preconditioned with the diagonal of `D'WD` (the levels' total weights).
///
/// This is alternating projections accelerated: one conjugate-gradient step costs one pass over
/// the rows, like one sweep of projections, and the number of steps grows with the square root of
/// the condition number instead of the condition number, so long chains of overlapping groups
/// (a dimension that links the levels of another only through neighbours) converge.
///
/// Convergence is measured by the residual `e = y - D a` itself: the root of `sum_k ||P_k e||^2`
/// (its weighted projection on each dimension's levels, zero at the solution), relative to the
/// weighted norm of `e` (`||e||^2 = ||y||^2 - a'b - a'r` is known without a pass over the rows).
/// That norm is floored at 1/100 of `||y||`: for a column the fixed effects (nearly) absorb, `e`
/// vanishes and the criterion becomes `tolerance * ||y|| / 100`, which rounding still lets the
/// iteration reach.
struct ConjugateGradientSolver {
    let system: FixedEffectsSystem
    let tolerance: Double
    let maxIterations: Int

    /// The outcome for one column.
    struct Outcome {
        /// The coefficients, levels of every dimension after one another.
        var coefficients: [Double]
        /// Conjugate-gradient steps taken.
        var iterations: Int
        /// The relative size of the residual's projection on the fixed effects at the end.
        var relativeResidual: Double
        /// Whether `relativeResidual` reached the tolerance.
        var converged: Bool
    }

    /// Solves for `y`, starting from `start` (a previous solution) or zero.
    func solve(_ y: UnsafeBufferPointer<Double>, start: [Double]?) -> Outcome {
        let m = system.coefficientCount
        let yNorm = weightedNorm(y)
        var a = start ?? [Double](repeating: 0, count: m)
        let b = system.levelSums(y)
        var r = b
        var product = [Double](repeating: 0, count: m)
        if start != nil {
            a.withUnsafeBufferPointer { s in product.withUnsafeMutableBufferPointer { system.apply(s, into: $0) } }
            for j in 0..<m { r[j] -= product[j] }
        }
        let inverse = system.inverseLevelWeights
        var z = zip(r, inverse).map { $0 * $1 }
        var rz = dot(r, z)
        var p = z
        var iterations = 0
        guard yNorm > 0 else { return Outcome(coefficients: a, iterations: 0, relativeResidual: 0, converged: true) }
        func residualNorm() -> Double {
            let squared = yNorm * yNorm - dot(a, b) - dot(a, r)
            return max(squared > 0 ? squared.squareRoot() : 0, 1e-2 * yNorm)
        }
        var scale = residualNorm()
        while rz.squareRoot() > tolerance * scale && iterations < maxIterations {
            p.withUnsafeBufferPointer { s in product.withUnsafeMutableBufferPointer { system.apply(s, into: $0) } }
            let curvature = dot(p, product)
            guard curvature > 0 else { break }
            let step = rz / curvature
            for j in 0..<m {
                a[j] += step * p[j]
                r[j] -= step * product[j]
                z[j] = r[j] * inverse[j]
            }
            let next = dot(r, z)
            let beta = next / rz
            rz = next
            for j in 0..<m { p[j] = z[j] + beta * p[j] }
            iterations += 1
            scale = residualNorm()
        }
        let relative = rz.squareRoot() / scale
        return Outcome(coefficients: a, iterations: iterations, relativeResidual: relative, converged: relative <= tolerance)
    }

    /// `sqrt(sum_i w_i y_i^2)`.
    private func weightedNorm(_ y: UnsafeBufferPointer<Double>) -> Double {
        var sum = 0.0
        if let weights = system.weights {
            for i in 0..<y.count { sum += weights[i] * y[i] * y[i] }
        } else {
            for i in 0..<y.count { sum += y[i] * y[i] }
        }
        return sum.squareRoot()
    }

    private func dot(_ a: [Double], _ b: [Double]) -> Double {
        var sum = 0.0
        for j in 0..<a.count { sum += a[j] * b[j] }
        return sum
    }
}
