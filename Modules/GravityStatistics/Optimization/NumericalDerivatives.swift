import Foundation
import GravityLinearAlgebra

/// The gradient of `f` at `x` by central differences.
///
/// Coordinate `i` is perturbed by `hᵢ = step × max(|xᵢ|, 1)` (relative steps), adjusted so that
/// `xᵢ ± hᵢ` are exactly representable; the default `step` is `ε^(1/3) ≈ 6e-6`, which balances
/// truncation and rounding error for central differences. Costs `2n` evaluations.
public func numericalGradient(at x: [Double], step: Double? = nil, _ f: ([Double]) -> Double) -> [Double] {
    let relativeStep = step ?? cbrt(Double.ulpOfOne)
    precondition(relativeStep > 0, "The difference step must be positive, got \(relativeStep)")
    var point = x
    return x.indices.map { i in
        let (forward, backward) = perturbations(x[i], relativeStep)
        point[i] = forward
        let up = f(point)
        point[i] = backward
        let down = f(point)
        point[i] = x[i]
        return (up - down) / (forward - backward)
    }
}

/// The Hessian of `f` at `x` by central second differences of the function, for standard
/// errors from the observed information.
///
/// With relative steps `hᵢ = ε^(1/4) × max(|xᵢ|, 1)`, diagonal entries are
/// `(f(x + hᵢeᵢ) − 2f(x) + f(x − hᵢeᵢ)) / hᵢ²` and off-diagonal ones
/// `(f(x + hᵢeᵢ + hⱼeⱼ) − f(x + hᵢeᵢ − hⱼeⱼ) − f(x − hᵢeᵢ + hⱼeⱼ) + f(x − hᵢeᵢ − hⱼeⱼ)) / (4hᵢhⱼ)`.
/// The result is symmetric; about `2n²` evaluations. Prefer ``numericalHessian(at:gradient:)``
/// when an analytic gradient is available: it is cheaper and more accurate.
public func numericalHessian(at x: [Double], _ f: ([Double]) -> Double) -> Matrix {
    let n = x.count
    let relativeStep = pow(Double.ulpOfOne, 0.25)
    let steps = x.map { perturbations($0, relativeStep) }
    let centre = f(x)
    var hessian = Matrix(rows: n, columns: n)
    var point = x
    for i in 0..<n {
        let (forward, backward) = steps[i]
        point[i] = forward
        let up = f(point)
        point[i] = backward
        let down = f(point)
        point[i] = x[i]
        let half = 0.5 * (forward - backward)
        hessian[i, i] = ((up - centre) + (down - centre)) / (half * half)
        for j in 0..<i {
            let (forwardJ, backwardJ) = steps[j]
            var corner = 0.0
            for (valueI, signI) in [(forward, 1.0), (backward, -1.0)] {
                for (valueJ, signJ) in [(forwardJ, 1.0), (backwardJ, -1.0)] {
                    point[i] = valueI
                    point[j] = valueJ
                    corner += signI * signJ * f(point)
                }
            }
            point[i] = x[i]
            point[j] = x[j]
            let entry = corner / ((forward - backward) * (forwardJ - backwardJ))
            hessian[i, j] = entry
            hessian[j, i] = entry
        }
    }
    return hessian
}

/// The Hessian at `x` by central differences of an analytic gradient, symmetrised as
/// `(H + H′)/2`. Column `j` is `(∇f(x + hⱼeⱼ) − ∇f(x − hⱼeⱼ)) / (2hⱼ)` with relative steps
/// `hⱼ = ε^(1/3) × max(|xⱼ|, 1)`; costs `2n` gradient evaluations.
public func numericalHessian(at x: [Double], gradient: ([Double]) -> [Double]) -> Matrix {
    let n = x.count
    let relativeStep = cbrt(Double.ulpOfOne)
    var jacobian = Matrix(rows: n, columns: n)
    var point = x
    for j in 0..<n {
        let (forward, backward) = perturbations(x[j], relativeStep)
        point[j] = forward
        let up = gradient(point)
        point[j] = backward
        let down = gradient(point)
        point[j] = x[j]
        precondition(up.count == n && down.count == n, "The gradient must have one entry per parameter")
        for i in 0..<n { jacobian[i, j] = (up[i] - down[i]) / (forward - backward) }
    }
    var hessian = jacobian
    for j in 0..<n {
        for i in 0..<n { hessian[i, j] = 0.5 * (jacobian[i, j] + jacobian[j, i]) }
    }
    return hessian
}

/// `xᵢ ± hᵢ` with `hᵢ = relativeStep × max(|xᵢ|, 1)`, rounded so the step is representable.
private func perturbations(_ value: Double, _ relativeStep: Double) -> (forward: Double, backward: Double) {
    let h = relativeStep * max(abs(value), 1)
    let forward = value + h
    let exactStep = forward - value
    return (forward, value - exactStep)
}
