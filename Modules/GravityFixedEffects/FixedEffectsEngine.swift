import GravityCore

// # The fixed-effects engine
//
// `GravityFixedEffects` absorbs high-dimensional fixed effects (`| exporter^year + importer^year
// + pair`) for any estimator: OLS with fixed effects, PPML (demeaning under new IRLS weights at
// every step), difference-in-differences, general-equilibrium counterfactuals (effects per level).
//
//     let frame = try ModelFrame(dataset: data, formula: formula, extraParts: .groupings)
//     let (kept, dropped) = SingletonFilter.keptRows(frame.fixedEffects)       // iterative singletons
//     let sample = dropped > 0 ? frame.keepingRows(kept) : frame
//     var absorber = try FixedEffectsAbsorber(dimensions: sample.fixedEffects, weights: nil)
//     var columns = sample.response + sample.design.matrix.values              // y, then X, column-major
//     let report = try absorber.demean(&columns, columnCount: 1 + sample.design.matrix.columns)
//     // ... least squares on the demeaned columns gives b; then the effects per level:
//     let effects = try absorber.effects(fitting: zip(sample.response, xb).map { $0 - $1 })
//     let df = absorber.absorbedDegreesOfFreedom.total                          // exact for 1-2 dimensions
//     try absorber.setWeights(newWeights)                                       // PPML: next IRLS step,
//     _ = try absorber.demean(&z, columnCount: 1, warmStart: report.coefficients) // warm-started
//
// Normalisation of the effects, the degrees-of-freedom rule for three or more dimensions and
// nesting in cluster variables are documented on `FixedEffectValues`, `AbsorbedDegreesOfFreedom`
// and `NestedDimensions`.

/// Tolerance, iteration limit and singleton handling of the fixed-effects engine.
public struct FixedEffectsOptions: Sendable, Equatable {
    /// Convergence when the residual's weighted projection on the fixed effects falls below this
    /// fraction of the column's weighted norm (`--option fixef_tol`).
    public var tolerance: Double
    /// Most conjugate-gradient iterations per column (`--option fixef_maxiter`).
    public var maxIterations: Int
    /// Whether singletons are dropped before estimation (`--option drop_singletons`).
    public var dropSingletons: Bool

    /// Options; by default a tolerance of 1e-10, 10,000 iterations and singletons dropped.
    public init(tolerance: Double = 1e-10, maxIterations: Int = 10_000, dropSingletons: Bool = true) {
        self.tolerance = tolerance
        self.maxIterations = maxIterations
        self.dropSingletons = dropSingletons
    }
}
