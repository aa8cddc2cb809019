/// Where each parameter sits in the vector a frontier likelihood takes, in the order R's frontier
/// reports them: the frontier coefficients, the inefficiency determinants `Z_<term>` (Battese-Coelli
/// 1995), `sigmaSq`, `gamma`, then `mu` and `eta` when the model has them.
///
/// `sigmaSq = sigma_u^2 + sigma_v^2` and `gamma = sigma_u^2 / sigmaSq`, where `sigma_u^2` is the
/// variance of the normal distribution truncated at zero (the scale of an exponential `u`).
struct ParameterLayout: Sendable, Equatable {
    /// Number of frontier coefficients.
    let betaCount: Int
    /// Number of inefficiency determinants.
    let deltaCount: Int
    /// Whether the mean `mu` of the pre-truncation normal is a parameter.
    let hasMu: Bool
    /// Whether the time-decay parameter `eta` is a parameter.
    let hasEta: Bool

    /// Index of `sigmaSq`.
    var sigmaSq: Int { betaCount + deltaCount }
    /// Index of `gamma`.
    var gamma: Int { sigmaSq + 1 }
    /// Index of `mu`, meaningful when ``hasMu``.
    var mu: Int { gamma + 1 }
    /// Index of `eta`, meaningful when ``hasEta``.
    var eta: Int { gamma + (hasMu ? 2 : 1) }
    /// Number of parameters.
    var count: Int { betaCount + deltaCount + 2 + (hasMu ? 1 : 0) + (hasEta ? 1 : 0) }
    /// Number of parameters describing inefficiency (all but the frontier coefficients and `sigmaSq`):
    /// the restrictions of the hypothesis of no inefficiency.
    var inefficiencyParameterCount: Int { count - betaCount - 1 }

    /// The names of the parameters: frontier terms, `Z_<term>`, `sigmaSq`, `gamma`, `mu`, `eta`.
    func names(frontierTerms: [String], determinantTerms: [String]) -> [String] {
        var names = frontierTerms + determinantTerms.map { "Z_" + $0 } + ["sigmaSq", "gamma"]
        if hasMu { names.append("mu") }
        if hasEta { names.append("eta") }
        return names
    }
}
