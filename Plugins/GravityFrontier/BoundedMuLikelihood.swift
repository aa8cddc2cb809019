/// A truncated-normal likelihood with `mu` held on the bound `mu = c sigma_u = c sqrt(gamma sigmaSq)`.
///
/// R's frontier restricts `|mu| <= muBound * sigma_u` (`muBound = 2` by default); when the
/// unrestricted maximum lies beyond it, the restricted maximum lies on the bound, where `mu` is no
/// longer a free parameter. This likelihood takes the parameters without `mu`.
struct BoundedMuLikelihood: FrontierLikelihood {
    /// The unrestricted likelihood.
    let base: any FrontierLikelihood
    /// The signed bound `c` (for example -2 for the lower bound).
    let multiple: Double

    var layout: ParameterLayout {
        let full = base.layout
        return ParameterLayout(betaCount: full.betaCount, deltaCount: full.deltaCount, hasMu: false, hasEta: full.hasEta)
    }

    var observationCount: Int { base.observationCount }

    /// The full parameter vector, with `mu` inserted on the bound.
    func expand(_ parameters: [Double]) -> [Double] {
        var full = parameters
        let s = parameters[layout.sigmaSq], g = parameters[layout.gamma]
        full.insert(multiple * (max(g, 0) * max(s, 0)).squareRoot(), at: base.layout.mu)
        return full
    }

    func evaluate(_ parameters: [Double]) -> (value: Double, gradient: [Double]) {
        guard isInDomain(parameters) else { return outsideDomain() }
        let (value, fullGradient) = base.evaluate(expand(parameters))
        var gradient = fullGradient
        let dMu = gradient.remove(at: base.layout.mu)
        let s = parameters[layout.sigmaSq], g = parameters[layout.gamma]
        gradient[layout.sigmaSq] += dMu * multiple * 0.5 * (g / s).squareRoot()
        gradient[layout.gamma] += dMu * multiple * 0.5 * (s / g).squareRoot()
        return (value, gradient)
    }

    func residuals(_ parameters: [Double]) -> [Double] {
        base.residuals(expand(parameters))
    }

    func conditionalInefficiency(_ parameters: [Double]) -> ConditionalInefficiency {
        base.conditionalInefficiency(expand(parameters))
    }
}
