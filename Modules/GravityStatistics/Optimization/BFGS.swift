import Foundation
import GravityLinearAlgebra

/// Minimises a smooth objective with the BFGS quasi-Newton method and a strong Wolfe line search.
///
/// The objective returns `f(x)` and writes `∇f(x)` into its `gradient` argument (which arrives
/// with the right length). A non-finite value or gradient means "outside the domain": the line
/// search backs off from such points, so objectives may return `.nan` or `.infinity` where they
/// are undefined. The start must be inside the domain.
///
/// The inverse-Hessian approximation starts as the identity, is rescaled by `s′y / y′y` before
/// the first update (Nocedal and Wright, eq. 6.20), and is updated only when the curvature
/// `s′y` is positive. If the line search fails along a quasi-Newton direction, the
/// approximation is reset and steepest descent is tried once before giving up.
///
/// - Returns: the best point found; ``OptimizationResult/converged`` is true only when the
///   gradient or function-change criterion of `options` was met.
public func minimizeBFGS(
    start: [Double],
    options: OptimizationOptions = .init(),
    objective: (_ x: [Double], _ gradient: inout [Double]) -> Double
) -> OptimizationResult {
    withoutActuallyEscaping(objective) { objective in
        runBFGS(start: start, options: options, objective: objective)
    }
}

/// The body of ``minimizeBFGS(start:options:objective:)``; the objective only escapes into the
/// line search, which finishes before this returns.
private func runBFGS(
    start: [Double],
    options: OptimizationOptions,
    objective: @escaping (_ x: [Double], _ gradient: inout [Double]) -> Double
) -> OptimizationResult {
    let n = start.count
    precondition(n > 0, "minimizeBFGS needs at least one parameter")
    var evaluations = 0
    let evaluate: ([Double]) -> (value: Double, gradient: [Double]) = { x in
        evaluations += 1
        var gradient = [Double](repeating: 0, count: n)
        let value = objective(x, &gradient)
        return (value, gradient)
    }

    var (value, gradient) = evaluate(start)
    var position = start
    var inverseHessian = Matrix.identity(n)
    var iterations = 0

    func result(_ converged: Bool, _ message: String) -> OptimizationResult {
        OptimizationResult(
            minimizer: position, minimum: value, gradient: gradient, iterations: iterations,
            functionEvaluations: evaluations, converged: converged, message: message,
            inverseHessianApproximation: inverseHessian
        )
    }

    guard value.isFinite else { return result(false, "failed: the objective is not finite at the start") }
    guard gradient.allSatisfy(\.isFinite) else { return result(false, "failed: the gradient is not finite at the start") }
    if gradientCriterionMet(gradient, position, value, options) {
        return result(true, "converged: scaled gradient ≤ gradientTolerance at the start")
    }

    let lineSearch = StrongWolfeLineSearch(maxEvaluations: options.maxLineSearchSteps, evaluate: evaluate)
    var isIdentity = true
    while iterations < options.maxIterations {
        var direction = (inverseHessian * gradient).map { -$0 }
        var slope = dot(gradient, direction)
        if !(slope < 0) || !slope.isFinite {
            inverseHessian = Matrix.identity(n)
            isIdentity = true
            direction = gradient.map { -$0 }
            slope = dot(gradient, direction)
        }
        let origin = LineSearchPoint(step: 0, value: value, slope: slope, position: position, gradient: gradient)
        var outcome = lineSearch.search(from: origin, direction: direction, initialStep: initialStep(isIdentity, gradient))
        if case .failure = outcome, !isIdentity {
            inverseHessian = Matrix.identity(n)
            isIdentity = true
            direction = gradient.map { -$0 }
            let restart = LineSearchPoint(step: 0, value: value, slope: dot(gradient, direction), position: position, gradient: gradient)
            outcome = lineSearch.search(from: restart, direction: direction, initialStep: initialStep(true, gradient))
        }
        let accepted: LineSearchPoint
        switch outcome {
        case .strongWolfe(let point), .sufficientDecreaseOnly(let point):
            accepted = point
        case .failure:
            let largest = gradient.map(abs).max() ?? 0
            return result(false, "failed: the line search found no step that decreases the objective (max |gradient| = \(largest))")
        }

        let s = zip(accepted.position, position).map { $0 - $1 }
        let y = zip(accepted.gradient, gradient).map { $0 - $1 }
        let previousValue = value
        position = accepted.position
        value = accepted.value
        gradient = accepted.gradient
        iterations += 1

        if gradientCriterionMet(gradient, position, value, options) {
            return result(true, "converged: scaled gradient ≤ gradientTolerance")
        }
        if abs(previousValue - value) <= options.relativeTolerance * (abs(value) + options.relativeTolerance) {
            return result(true, "converged: relative change in the objective ≤ relativeTolerance")
        }
        if updateInverseHessian(&inverseHessian, s: s, y: y, rescaleFirst: isIdentity) {
            isIdentity = false
        }
    }
    return result(false, "stopped: reached maxIterations (\(options.maxIterations)) before convergence")
}

/// `maxᵢ |gᵢ| max(|xᵢ|, 1) ≤ gradientTolerance × max(|f|, 1)`.
private func gradientCriterionMet(
    _ gradient: [Double], _ position: [Double], _ value: Double, _ options: OptimizationOptions
) -> Bool {
    let largest = zip(gradient, position).map { abs($0) * max(abs($1), 1) }.max() ?? 0
    return largest <= options.gradientTolerance * max(abs(value), 1)
}

/// Step 1 along a quasi-Newton direction; along steepest descent, a step of length at most 1.
private func initialStep(_ steepestDescent: Bool, _ gradient: [Double]) -> Double {
    guard steepestDescent else { return 1 }
    let norm = dot(gradient, gradient).squareRoot()
    return norm > 1 ? 1 / norm : 1
}

/// The BFGS update `H ← (I − ρsy′) H (I − ρys′) + ρss′`, `ρ = 1/(y′s)`, skipped (returning
/// false) unless the curvature `y′s` is safely positive. With `rescaleFirst`, `H` is first
/// replaced by `(y′s / y′y) I`.
private func updateInverseHessian(_ h: inout Matrix, s: [Double], y: [Double], rescaleFirst: Bool) -> Bool {
    let sy = dot(s, y)
    let yy = dot(y, y)
    guard sy > Double.ulpOfOne.squareRoot() * (dot(s, s) * yy).squareRoot(), sy.isFinite, yy > 0 else { return false }
    let n = s.count
    if rescaleFirst { h = (sy / yy) * Matrix.identity(n) }
    let rho = 1 / sy
    let hy = h * y
    let yhy = dot(y, hy)
    let ssFactor = rho * rho * yhy + rho
    for j in 0..<n {
        for i in 0..<n {
            h[i, j] += ssFactor * s[i] * s[j] - rho * (hy[i] * s[j] + s[i] * hy[j])
        }
    }
    return true
}
