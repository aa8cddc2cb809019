/// The demeaning tolerance of each IRLS step, scheduled as ppmlhdfe does: early steps, whose
/// weights are about to change anyway, are solved loosely (1e-4); once the deviance settles the
/// tolerance follows its relative change down (a hundredth of it) to the target (`fixef_tol`),
/// and IRLS may stop only after a step solved at the target. The final answer is as accurate as
/// with every step at the target: the stopping rule is the same and the last step is solved as
/// tightly; only the path to it is cheaper (about half the demeaning iterations).
struct InnerToleranceSchedule {
    /// The loosest tolerance used, on the first steps.
    static let start = 1e-4
    let target: Double
    private(set) var current: Double

    init(target: Double) {
        self.target = target
        current = max(Self.start, target)
    }

    /// Whether the step just solved used the target tolerance.
    var atTarget: Bool { current <= target }

    /// The relative deviance change of the step before the last.
    private var previousChange = Double.infinity

    /// Tightens after a step whose relative deviance change was `change`. Jumps to the target
    /// when IRLS has met its own tolerance at a looser demeaning, or when quadratic convergence
    /// (change_next = C change^2, C from the last two changes) predicts that the next step will.
    mutating func update(change: Double, irlsTolerance: Double) {
        guard change.isFinite else { return }
        let predicted = previousChange.isFinite && change < previousChange ? change * change * change / (previousChange * previousChange) : .infinity
        previousChange = change
        current = change < irlsTolerance || predicted < irlsTolerance ? target : max(target, min(current, 0.01 * change))
    }
}
