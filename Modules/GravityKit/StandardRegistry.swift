/// The registration functions of every bundled plug-in, in the order models are listed.
///
/// Adding an estimator family is one new target under `Plugins/` plus one line here.
let pluginRegistrations: [@Sendable (inout EstimatorRegistry) throws -> Void] = [
    registerOLSEstimators,
    registerPanelEstimators,
    registerFrontierEstimators,
    registerDiDEstimators,
    registerPPMLEstimators,
]

extension EstimatorRegistry {
    /// A registry holding every bundled estimator.
    public static func standard() -> EstimatorRegistry {
        var registry = EstimatorRegistry()
        do {
            for register in pluginRegistrations { try register(&registry) }
        } catch {
            preconditionFailure("Bundled plug-ins must register without conflicts: \(error)")
        }
        return registry
    }
}
