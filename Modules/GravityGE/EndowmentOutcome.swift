/// A full-endowment counterfactual: the new state, the factory-gate price changes and how the
/// computation ended.
public struct EndowmentOutcome: Sendable {
    /// The counterfactual state (outputs and expenditures at the new prices).
    public var state: StructuralState
    /// `p_hat_i`, the factory-gate price change (1 = unchanged), relative to the reference's inward resistance.
    public var priceChange: [Double]
    /// Iterations of the loop or solver.
    public var iterations: Int
    /// Whether the stated tolerance was reached (false when the book's rule stopped the loop earlier).
    public var converged: Bool
    /// The last change measured: the largest |step price change - 1| of the loop, or the solver's
    /// largest relative price update.
    public var lastChange: Double
    /// Per iteration of the loop: the book rule's statistics and the largest step price change.
    public var history: [LoopIteration]

    /// An outcome from its parts.
    public init(state: StructuralState, priceChange: [Double], iterations: Int, converged: Bool, lastChange: Double, history: [LoopIteration] = []) {
        self.state = state
        self.priceChange = priceChange
        self.iterations = iterations
        self.converged = converged
        self.lastChange = lastChange
        self.history = history
    }
}

/// One iteration of the GEPPML full-endowment loop.
public struct LoopIteration: Sendable, Equatable {
    /// 1 for the first iteration after the conditional step.
    public var iteration: Int
    /// Standard deviation of the book's `dif` (successive price changes, over all pairs).
    public var sdDif: Double
    /// Maximum of the book's `dif`.
    public var maxDif: Double
    /// Largest |p_k - 1| of this iteration's step price change.
    public var maxStepChange: Double
}
