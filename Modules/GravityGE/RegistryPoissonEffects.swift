import Foundation
import GravityCore

/// The GEPPML step run by a registered Poisson estimator (`ppml`): `flow ~ offset(log_cost) |
/// exporter + importer` on the n x n pairs, with the effects read back from its fitted values
/// (`log fitted_ij - log t_ij = pi_i + chi_j`, normalised to `chi_reference = 0`).
///
/// Its answer carries the estimator's convergence tolerance; ``ExactPoissonEffects`` solves the
/// same first-order conditions to 1e-14 and is the default.
public struct RegistryPoissonEffects: PoissonEffectsFitter {
    /// The registered estimator.
    public let estimator: any Estimator
    /// Options passed to it (for example a tighter `tolerance`).
    public let options: [String: String]

    /// The step run by `name` from `registry` with `options`.
    public init(registry: EstimatorRegistry, name: String = "ppml", options: [String: String] = [:]) throws {
        estimator = try registry.estimator(named: name)
        self.options = options
    }

    /// Fits the pairs of `flows` with `log(costs)` as an offset and recovers the effects.
    public func fit(_ flows: BilateralMatrix, costs: BilateralMatrix, reference: Int, start: ExporterImporterScaling?) throws -> ExporterImporterScaling {
        let n = flows.count
        let labels = (0..<n).map { "c\($0)" }
        let logCosts = costs.values.map { log($0) }
        let data = try Dataset([
            ("exporter", .text((0..<n * n).map { labels[$0 / n] })),
            ("importer", .text((0..<n * n).map { labels[$0 % n] })),
            ("flow", .numeric(flows.values)),
            ("log_cost", .numeric(logCosts)),
        ])
        let request = FitRequest(formula: try Formula("flow ~ offset(log_cost) | exporter + importer"), options: options)
        let fit = try estimator.fit(data, request: request)
        var logEffects = [Double](repeating: .nan, count: n * n)
        for p in 0..<(n * n) {
            guard let fitted = fit.fitted[p], fitted > 0 else {
                throw GravityError.numerical("The \(estimator.descriptor.name) step left the pair \(p / n) -> \(p % n) without a positive fitted value.")
            }
            logEffects[p] = log(fitted) - logCosts[p]
        }
        let exporter = (0..<n).map { logEffects[$0 * n + reference] }
        let importer = (0..<n).map { logEffects[reference * n + $0] - exporter[reference] }
        return ExporterImporterScaling(exporterFactors: exporter.map(exp), importerFactors: importer.map(exp), iterations: 1)
    }
}
