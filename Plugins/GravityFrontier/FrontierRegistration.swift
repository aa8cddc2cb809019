import GravityCore

/// Registers `sfa` (alias `frontier`), `sfa-bc92` and `sfa-bc95`.
public func registerFrontierEstimators(into registry: inout EstimatorRegistry) throws {
    try registry.register(SFAEstimator())
    try registry.register(BC92Estimator())
    try registry.register(BC95Estimator())
}
