import GravityCore

/// Registers the panel estimators: `fe`, `re`, `be` and `fd`.
public func registerPanelEstimators(into registry: inout EstimatorRegistry) throws {
    try registry.register(FixedEffectsEstimator())
    try registry.register(RandomEffectsEstimator())
    try registry.register(BetweenEstimator())
    try registry.register(FirstDifferenceEstimator())
}
