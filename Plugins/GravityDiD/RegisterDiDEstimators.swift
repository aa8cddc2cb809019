import GravityCore

/// Registers the difference-in-differences estimators.
public func registerDiDEstimators(into registry: inout EstimatorRegistry) throws {
    try registry.register(TwoWayFixedEffectsDiD())
    try registry.register(EventStudyEstimator())
    try registry.register(SunAbrahamEstimator())
    try registry.register(TwoStageDiD())
    try registry.register(CallawaySantAnnaEstimator())
}
