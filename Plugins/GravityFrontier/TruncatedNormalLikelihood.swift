import Foundation
import GravityLinearAlgebra

/// The normal / truncated-normal frontier `y = x'b + v - u`, `v ~ N(0, sigma_v^2)`,
/// `u ~ N+(m_i, sigma_u^2)`, one observation at a time (Aigner-Lovell-Schmidt 1977, Stevenson 1980,
/// Battese-Coelli 1995).
///
/// The mean `m_i` of the pre-truncation normal is 0 (half-normal), a constant `mu`, or `z_i'delta`
/// (inefficiency effects). With `e = y - x'b`, `sigma_* = sqrt(gamma (1 - gamma) sigmaSq)` and
/// `mu_* = (1 - gamma) m - gamma e`, each observation contributes
/// `-½ log(2π sigmaSq) - ½ (e + m)² / sigmaSq + log Φ(mu_* / sigma_*) - log Φ(m / sigma_u)`.
struct TruncatedNormalLikelihood: FrontierLikelihood {
    let layout: ParameterLayout
    let response: [Double]
    let design: Matrix
    /// The inefficiency determinants `z` when the mean is `z'delta`.
    let determinants: Matrix?

    var observationCount: Int { response.count }

    /// A half-normal (`truncated` false) or truncated-normal model with a constant mean.
    init(response: [Double], design: Matrix, truncated: Bool) {
        self.response = response
        self.design = design
        determinants = nil
        layout = ParameterLayout(betaCount: design.columns, deltaCount: 0, hasMu: truncated, hasEta: false)
    }

    /// The inefficiency-effects model with mean `z'delta`.
    init(response: [Double], design: Matrix, determinants: Matrix) {
        self.response = response
        self.design = design
        self.determinants = determinants
        layout = ParameterLayout(betaCount: design.columns, deltaCount: determinants.columns, hasMu: false, hasEta: false)
    }

    func evaluate(_ parameters: [Double]) -> (value: Double, gradient: [Double]) {
        guard isInDomain(parameters) else { return outsideDomain() }
        let k = layout.betaCount, m = layout.deltaCount, n = response.count
        let s = parameters[layout.sigmaSq], g = parameters[layout.gamma]
        let beta = Array(parameters[0..<k]), delta = Array(parameters[k..<(k + m)])
        let mu = layout.hasMu ? parameters[layout.mu] : 0
        let sigmaU = (g * s).squareRoot(), sigmaStar = (g * (1 - g) * s).squareRoot()
        let halfLogGammaScale = 0.5 * (1 - 2 * g) / (g * (1 - g))
        let constantD = mu / sigmaU
        let constantLogCdf = NormalTail.logCdf(constantD)
        let constantMills = NormalTail.millsRatio(constantD, logCdf: constantLogCdf)
        let perRowMean = determinants != nil
        let z = determinants ?? Matrix(rows: 0, columns: 0)
        // Layout of the sums: value, d/db (k), d/ddelta (m), d/dsigmaSq, d/dgamma, d/dmu.
        let width = k + m + 4
        let sums = ChunkedSum.sum(count: n, width: width) { rows, out in
            let length = rows.count
            var residual = [Double](repeating: 0, count: length)
            var dResidual = [Double](repeating: 0, count: length)
            var mean = [Double](repeating: mu, count: length)
            var dMean = [Double](repeating: 0, count: perRowMean ? length : 0)
            response.withUnsafeBufferPointer { y in
                design.values.withUnsafeBufferPointer { x in
                    ResidualKernel.residuals(response: y, design: x, rowCount: n, coefficients: beta, rows: rows, into: &residual)
                }
            }
            if perRowMean {
                z.values.withUnsafeBufferPointer { zz in
                    ResidualKernel.linearPredictor(design: zz, rowCount: n, coefficients: delta, rows: rows, into: &mean)
                }
            }
            var value = 0.0, gs = 0.0, gg = 0.0, gmu = 0.0
            for i in 0..<length {
                let e = residual[i], mi = mean[i], r = e + mi
                let ds = ((1 - g) * mi - g * e) / sigmaStar
                let logCdfStar = NormalTail.logCdf(ds)
                let millsStar = NormalTail.millsRatio(ds, logCdf: logCdfStar)
                value += -0.5 * r * r / s + logCdfStar
                dResidual[i] = -r / s - millsStar * g / sigmaStar
                var dm = -r / s + millsStar * (1 - g) / sigmaStar
                gs += 0.5 * r * r / (s * s) - 0.5 * millsStar * ds / s
                gg += millsStar * (-r / sigmaStar - ds * halfLogGammaScale)
                if perRowMean {
                    let d = mi / sigmaU
                    let logCdfD = NormalTail.logCdf(d)
                    let millsD = NormalTail.millsRatio(d, logCdf: logCdfD)
                    value -= logCdfD
                    dm -= millsD / sigmaU
                    gs += 0.5 * millsD * d / s
                    gg += 0.5 * millsD * d / g
                    dMean[i] = dm
                } else {
                    gmu += dm
                }
            }
            let count = Double(length)
            value += count * (-0.5 * log(s) - NormalTail.halfLogTwoPi)
            gs -= 0.5 * count / s
            if !perRowMean {
                value -= count * constantLogCdf
                gs += count * 0.5 * constantMills * constantD / s
                gg += count * 0.5 * constantMills * constantD / g
                gmu -= count * constantMills / sigmaU
            }
            out[0] += value
            out[k + m + 1] += gs
            out[k + m + 2] += gg
            out[k + m + 3] += gmu
            design.values.withUnsafeBufferPointer { x in
                ResidualKernel.accumulateCrossProduct(design: x, rowCount: n, columns: k, weights: dResidual, rows: rows,
                                                      sign: -1, into: out + 1)
            }
            if perRowMean {
                z.values.withUnsafeBufferPointer { zz in
                    ResidualKernel.accumulateCrossProduct(design: zz, rowCount: n, columns: m, weights: dMean, rows: rows,
                                                          sign: 1, into: out + 1 + k)
                }
            }
        }
        var gradient = Array(sums[1..<(1 + k + m)]) + [sums[k + m + 1], sums[k + m + 2]]
        if layout.hasMu { gradient.append(sums[k + m + 3]) }
        return (sums[0], gradient)
    }

    func residuals(_ parameters: [Double]) -> [Double] {
        residuals(response: response, design: design, parameters: parameters)
    }

    func conditionalInefficiency(_ parameters: [Double]) -> ConditionalInefficiency {
        let s = parameters[layout.sigmaSq], g = parameters[layout.gamma]
        let k = layout.betaCount
        let means: [Double]
        if let determinants {
            means = determinants * Array(parameters[k..<(k + layout.deltaCount)])
        } else {
            means = [Double](repeating: layout.hasMu ? parameters[layout.mu] : 0, count: response.count)
        }
        let e = residuals(parameters)
        let sigmaStar = (g * (1 - g) * s).squareRoot()
        return ConditionalInefficiency(muStar: zip(means, e).map { (1 - g) * $0 - g * $1 },
                                       sigmaStar: [Double](repeating: sigmaStar, count: e.count),
                                       scale: [Double](repeating: 1, count: e.count))
    }
}
