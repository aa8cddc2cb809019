import GravityLinearAlgebra

/// A trial point of a line search along `x + α p`: `φ(α) = f(x + α p)` and `φ′(α) = ∇f(x + α p) · p`.
struct LineSearchPoint {
    /// The step length `α`.
    let step: Double
    /// `φ(α)`.
    let value: Double
    /// `φ′(α)`.
    let slope: Double
    /// `x + α p`.
    let position: [Double]
    /// `∇f(x + α p)`.
    let gradient: [Double]
}

/// What a line search found.
enum LineSearchOutcome {
    /// A step satisfying both strong Wolfe conditions.
    case strongWolfe(LineSearchPoint)
    /// The evaluation budget ran out or the bracket collapsed, but this step decreases the
    /// objective sufficiently (Armijo condition); the curvature condition may fail.
    case sufficientDecreaseOnly(LineSearchPoint)
    /// No step with sufficient decrease was found.
    case failure
}

/// A line search for the strong Wolfe conditions, `φ(α) ≤ φ(0) + c₁ α φ′(0)` and
/// `|φ′(α)| ≤ c₂ |φ′(0)|` (Nocedal and Wright, *Numerical Optimization*, algorithms 3.5 and
/// 3.6): steps grow until they bracket an acceptable point, then the bracket is narrowed by
/// safeguarded cubic interpolation.
///
/// A non-finite objective or gradient marks a step outside the objective's domain: it becomes
/// the upper end of the bracket and the search backs off towards the last good step by
/// bisection, so no interpolation ever uses a non-finite value.
struct StrongWolfeLineSearch {
    /// The sufficient-decrease constant `c₁`.
    static let sufficientDecrease = 1e-4
    /// The curvature constant `c₂` (the usual quasi-Newton choice).
    static let curvature = 0.9

    /// The largest number of objective evaluations.
    let maxEvaluations: Int
    /// The objective and its gradient at a point.
    let evaluate: ([Double]) -> (value: Double, gradient: [Double])

    /// The upper end of a bracket: an evaluated point, or a step where the objective was not finite.
    private enum UpperEnd {
        case point(LineSearchPoint)
        case outsideDomain(step: Double)

        var step: Double {
            switch self {
            case .point(let point): point.step
            case .outsideDomain(let step): step
            }
        }
    }

    /// Searches along `direction` (a descent direction at `origin`) starting with `initialStep`.
    func search(from origin: LineSearchPoint, direction: [Double], initialStep: Double) -> LineSearchOutcome {
        var evaluations = 0
        var previous = origin
        var step = initialStep
        while evaluations < maxEvaluations {
            evaluations += 1
            guard let trial = probe(origin, direction, step) else {
                return zoom(origin, direction, low: previous, high: .outsideDomain(step: step), evaluations: evaluations)
            }
            if !decreasesSufficiently(trial, from: origin) || (previous.step > 0 && trial.value >= previous.value) {
                return zoom(origin, direction, low: previous, high: .point(trial), evaluations: evaluations)
            }
            if abs(trial.slope) <= -Self.curvature * origin.slope { return .strongWolfe(trial) }
            if trial.slope >= 0 {
                return zoom(origin, direction, low: trial, high: .point(previous), evaluations: evaluations)
            }
            previous = trial
            step *= 2
        }
        return previous.step > 0 ? .sufficientDecreaseOnly(previous) : .failure
    }

    /// Narrows a bracket whose `low` end satisfies sufficient decrease and has the lowest value
    /// seen, and which contains strong Wolfe points.
    private func zoom(
        _ origin: LineSearchPoint, _ direction: [Double],
        low initialLow: LineSearchPoint, high initialHigh: UpperEnd, evaluations initialEvaluations: Int
    ) -> LineSearchOutcome {
        var low = initialLow
        var high = initialHigh
        var evaluations = initialEvaluations
        while evaluations < maxEvaluations {
            let width = abs(high.step - low.step)
            if width <= Double.ulpOfOne * max(abs(low.step), abs(high.step)) { break }
            let step: Double
            switch high {
            case .point(let point):
                step = safeguardedCubicStep(low, point)
            case .outsideDomain(let outside):
                step = low.step + 0.5 * (outside - low.step)
            }
            evaluations += 1
            guard let trial = probe(origin, direction, step) else {
                high = .outsideDomain(step: step)
                continue
            }
            if !decreasesSufficiently(trial, from: origin) || trial.value >= low.value {
                high = .point(trial)
            } else {
                if abs(trial.slope) <= -Self.curvature * origin.slope { return .strongWolfe(trial) }
                if trial.slope * (high.step - low.step) >= 0 { high = .point(low) }
                low = trial
            }
        }
        return low.step > 0 ? .sufficientDecreaseOnly(low) : .failure
    }

    private func decreasesSufficiently(_ trial: LineSearchPoint, from origin: LineSearchPoint) -> Bool {
        trial.value <= origin.value + Self.sufficientDecrease * trial.step * origin.slope
    }

    /// The point at `step`, or `nil` when the objective or its gradient is not finite there.
    private func probe(_ origin: LineSearchPoint, _ direction: [Double], _ step: Double) -> LineSearchPoint? {
        var position = origin.position
        for i in position.indices { position[i] += step * direction[i] }
        let (value, gradient) = evaluate(position)
        guard value.isFinite, gradient.allSatisfy(\.isFinite) else { return nil }
        return LineSearchPoint(step: step, value: value, slope: dot(gradient, direction), position: position, gradient: gradient)
    }

    /// The minimiser of the cubic matching values and slopes at both ends, kept at least a tenth
    /// of the bracket away from either end (bisection when the cubic is unusable).
    private func safeguardedCubicStep(_ a: LineSearchPoint, _ b: LineSearchPoint) -> Double {
        let lowEnd = min(a.step, b.step)
        let highEnd = max(a.step, b.step)
        let margin = 0.1 * (highEnd - lowEnd)
        let midpoint = 0.5 * (lowEnd + highEnd)
        let d1 = a.slope + b.slope - 3 * (a.value - b.value) / (a.step - b.step)
        let discriminant = d1 * d1 - a.slope * b.slope
        guard discriminant >= 0 else { return midpoint }
        let d2 = (b.step > a.step ? 1.0 : -1.0) * discriminant.squareRoot()
        let candidate = b.step - (b.step - a.step) * (b.slope + d2 - d1) / (b.slope - a.slope + 2 * d2)
        guard candidate.isFinite, candidate >= lowEnd + margin, candidate <= highEnd - margin else { return midpoint }
        return candidate
    }
}
