import Foundation
import GravityLinearAlgebra

/// The normal-exponential frontier `y = x'b + v - u`, `v ~ N(0, sigma_v^2)`, `u` exponential with
/// mean (and standard deviation) `sigma_u` (Meeusen-van den Broeck 1977).
///
/// With `e = y - x'b`, each observation contributes
/// `-log sigma_u + ½ sigma_v² / sigma_u² + e / sigma_u + log Φ(-e / sigma_v - sigma_v / sigma_u)`;
/// `sigmaSq = sigma_u² + sigma_v²` and `gamma = sigma_u² / sigmaSq` as for the normal models.
struct ExponentialLikelihood: FrontierLikelihood {
    let layout: ParameterLayout
    let response: [Double]
    let design: Matrix

    var observationCount: Int { response.count }

    init(response: [Double], design: Matrix) {
        self.response = response
        self.design = design
        layout = ParameterLayout(betaCount: design.columns, deltaCount: 0, hasMu: false, hasEta: false)
    }

    func evaluate(_ parameters: [Double]) -> (value: Double, gradient: [Double]) {
        guard isInDomain(parameters) else { return outsideDomain() }
        let k = layout.betaCount, n = response.count
        let s = parameters[layout.sigmaSq], g = parameters[layout.gamma]
        let beta = Array(parameters[0..<k])
        let sigmaU = (g * s).squareRoot(), sigmaV = ((1 - g) * s).squareRoot()
        let ratio = sigmaV / sigmaU
        // Layout of the sums: value, d/db (k), d/dsigma_u, d/dsigma_v.
        let sums = ChunkedSum.sum(count: n, width: k + 3) { rows, out in
            let length = rows.count
            var residual = [Double](repeating: 0, count: length)
            var dResidual = [Double](repeating: 0, count: length)
            response.withUnsafeBufferPointer { y in
                design.values.withUnsafeBufferPointer { x in
                    ResidualKernel.residuals(response: y, design: x, rowCount: n, coefficients: beta, rows: rows, into: &residual)
                }
            }
            var value = 0.0, dSigmaU = 0.0, dSigmaV = 0.0
            for i in 0..<length {
                let e = residual[i]
                let a = -e / sigmaV - ratio
                let logCdfA = NormalTail.logCdf(a)
                let mills = NormalTail.millsRatio(a, logCdf: logCdfA)
                value += e / sigmaU + logCdfA
                dResidual[i] = 1 / sigmaU - mills / sigmaV
                dSigmaU += -e / (sigmaU * sigmaU) + mills * sigmaV / (sigmaU * sigmaU)
                dSigmaV += mills * (e / (sigmaV * sigmaV) - 1 / sigmaU)
            }
            let count = Double(length)
            value += count * (-log(sigmaU) + 0.5 * ratio * ratio)
            dSigmaU += count * (-1 / sigmaU - sigmaV * sigmaV / (sigmaU * sigmaU * sigmaU))
            dSigmaV += count * ratio / sigmaU
            out[0] += value
            out[k + 1] += dSigmaU
            out[k + 2] += dSigmaV
            design.values.withUnsafeBufferPointer { x in
                ResidualKernel.accumulateCrossProduct(design: x, rowCount: n, columns: k, weights: dResidual, rows: rows,
                                                      sign: -1, into: out + 1)
            }
        }
        let dSigmaU = sums[k + 1], dSigmaV = sums[k + 2]
        let gradientSigmaSq = dSigmaU * sigmaU / (2 * s) + dSigmaV * sigmaV / (2 * s)
        let gradientGamma = dSigmaU * sigmaU / (2 * g) - dSigmaV * sigmaV / (2 * (1 - g))
        return (sums[0], Array(sums[1...k]) + [gradientSigmaSq, gradientGamma])
    }

    func residuals(_ parameters: [Double]) -> [Double] {
        residuals(response: response, design: design, parameters: parameters)
    }

    func conditionalInefficiency(_ parameters: [Double]) -> ConditionalInefficiency {
        let s = parameters[layout.sigmaSq], g = parameters[layout.gamma]
        let sigmaU = (g * s).squareRoot(), varianceV = (1 - g) * s
        let e = residuals(parameters)
        return ConditionalInefficiency(muStar: e.map { -$0 - varianceV / sigmaU },
                                       sigmaStar: [Double](repeating: varianceV.squareRoot(), count: e.count),
                                       scale: [Double](repeating: 1, count: e.count))
    }
}
