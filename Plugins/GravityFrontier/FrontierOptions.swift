import GravityCore

/// The options the frontier estimators share.
enum FrontierOptions {
    /// `efficiency=battese-coelli|jlms|farrell`.
    static let efficiency = OptionSpecification(
        name: "efficiency", kind: .choice(EfficiencyEstimator.allCases.map(\.rawValue)), defaultValue: EfficiencyEstimator.batteseCoelli.rawValue,
        help: "Efficiency estimator: battese-coelli E[exp(-u)|e], jlms exp(-E[u|e]), or farrell E[exp(u)|e]")
    /// `mu_bound=2`.
    static let muBound = OptionSpecification(
        name: "mu_bound", kind: .real, defaultValue: "2",
        help: "Restrict |mu| to mu_bound * sigma_u as R frontier does (0 = unrestricted)")
    /// `max_iterations=1000`.
    static let maxIterations = OptionSpecification(
        name: "max_iterations", kind: .integer, defaultValue: "1000", help: "BFGS iteration limit for each starting point")

    /// The validated shared options.
    static func read(_ options: EstimatorOptions) throws -> (efficiency: EfficiencyEstimator, maxIterations: Int) {
        let maxIterations = options.int("max_iterations")
        guard maxIterations > 0 else { throw GravityError.invalidOption("Option `max_iterations` must be positive, not \(maxIterations).") }
        return (EfficiencyEstimator(rawValue: options.string("efficiency"))!, maxIterations)
    }

    /// The validated `mu_bound`.
    static func readMuBound(_ options: EstimatorOptions) throws -> Double {
        let bound = options.double("mu_bound")
        guard bound >= 0 else { throw GravityError.invalidOption("Option `mu_bound` must be 0 (unrestricted) or positive, not \(bound).") }
        return bound
    }

    /// Checks that there are more observations than parameters.
    static func requireObservations(_ n: Int, parameters: Int, model: String) throws {
        guard n > parameters else {
            throw GravityError.invalidInput("`\(model)` estimates \(parameters) parameters from \(n) observations; it needs more observations than parameters.")
        }
    }
}
