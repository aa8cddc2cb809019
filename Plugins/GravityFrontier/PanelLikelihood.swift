import Foundation
import GravityLinearAlgebra

/// The Battese-Coelli (1992) error-components frontier for panels: `y_it = x_it'b + v_it - u_it`,
/// `u_it = exp(-eta (t - T)) u_i`, `u_i ~ N+(mu, sigma_u^2)` constant within a unit, `v_it ~ N(0, sigma_v^2)`.
///
/// With `w_t = exp(-eta (t - T))`, `e_t = y_t - x_t'b`, `A = Σ w_t²`, `B = Σ w_t e_t`,
/// `D = 1 + (A - 1) gamma` and `z_i = ((1 - gamma) mu - gamma B) / sqrt(gamma (1 - gamma) sigmaSq D)`,
/// unit `i` with `n_i` rows contributes
/// `-½ n_i log(2π sigmaSq) - ½ (n_i - 1) log(1 - gamma) - ½ log D - ½ Σ e_t² / ((1 - gamma) sigmaSq)
///  + log Φ(z_i) + ½ z_i² - log Φ(z_0) - ½ z_0²`, where `z_0 = mu / sqrt(gamma sigmaSq)`.
/// A cross-section is the special case of one row per unit.
struct PanelLikelihood: FrontierLikelihood {
    let layout: ParameterLayout
    /// The response in regrouped row order.
    let response: [Double]
    /// The design in regrouped row order.
    let design: Matrix
    let rows: PanelRows

    var observationCount: Int { response.count }

    init(response: [Double], design: Matrix, rows: PanelRows, truncated: Bool, timeVarying: Bool) {
        self.rows = rows
        self.response = rows.regrouped(response)
        self.design = rows.regrouped(design)
        layout = ParameterLayout(betaCount: design.columns, deltaCount: 0, hasMu: truncated, hasEta: timeVarying)
    }

    func evaluate(_ parameters: [Double]) -> (value: Double, gradient: [Double]) {
        guard isInDomain(parameters) else { return outsideDomain() }
        let k = layout.betaCount, n = response.count
        let s = parameters[layout.sigmaSq], g = parameters[layout.gamma]
        let mu = layout.hasMu ? parameters[layout.mu] : 0
        let eta = layout.hasEta ? parameters[layout.eta] : 0
        let beta = Array(parameters[0..<k])
        let sqrtGS = (g * s).squareRoot()
        let z0 = mu / sqrtGS
        let logCdfZ0 = NormalTail.logCdf(z0)
        let kappa0 = NormalTail.millsRatio(z0, logCdf: logCdfZ0) + z0
        let halfLogGammaScale = 0.5 * (1 - 2 * g) / (g * (1 - g))
        let offsets = rows.offsets, fromEnd = rows.periodsFromEnd
        // Layout of the sums: value, d/db (k), d/dsigmaSq, d/dgamma, d/dmu, d/deta.
        let sums = ChunkedSum.sum(count: rows.unitCount, width: k + 5) { units, out in
            let rowRange = offsets[units.lowerBound]..<offsets[units.upperBound]
            let length = rowRange.count, first = rowRange.lowerBound
            var residual = [Double](repeating: 0, count: length)
            // Holds each row's decay w_t, then its weight in the gradient of b.
            var rowWeight = [Double](repeating: 0, count: length)
            response.withUnsafeBufferPointer { y in
                design.values.withUnsafeBufferPointer { x in
                    ResidualKernel.residuals(response: y, design: x, rowCount: n, coefficients: beta, rows: rowRange, into: &residual)
                }
            }
            var value = 0.0, gs = 0.0, gg = 0.0, gmu = 0.0, geta = 0.0
            for u in units {
                let unitRows = (offsets[u] - first)..<(offsets[u + 1] - first)
                var a = 0.0, b = 0.0, q = 0.0, ta = 0.0, tb = 0.0
                for r in unitRows {
                    let tau = fromEnd[first + r], e = residual[r]
                    let w = eta == 0 ? 1 : exp(-eta * tau)
                    rowWeight[r] = w
                    a += w * w
                    b += w * e
                    q += e * e
                    ta += tau * w * w
                    tb += tau * w * e
                }
                let count = Double(unitRows.count)
                let d = 1 + (a - 1) * g
                let scale = (g * (1 - g) * s * d).squareRoot()
                let zi = ((1 - g) * mu - g * b) / scale
                let logCdfZi = NormalTail.logCdf(zi)
                let kappa = NormalTail.millsRatio(zi, logCdf: logCdfZi) + zi
                value += -0.5 * (count - 1) * log(1 - g) - 0.5 * log(d) - 0.5 * q / ((1 - g) * s) + logCdfZi + 0.5 * zi * zi
                gs += 0.5 * q / ((1 - g) * s * s) - 0.5 * kappa * zi / s
                let dLogScale = halfLogGammaScale + 0.5 * (a - 1) / d
                let dZiGamma = (-mu - b) / scale - zi * dLogScale
                gg += 0.5 * (count - 1) / (1 - g) - 0.5 * (a - 1) / d - 0.5 * q / ((1 - g) * (1 - g) * s) + kappa * dZiGamma
                gmu += kappa * (1 - g) / scale
                if layout.hasEta {
                    let dD = -2 * g * ta
                    let dZiEta = g * tb / scale - 0.5 * zi * dD / d
                    geta += -0.5 * dD / d + kappa * dZiEta
                }
                let unitFactor = kappa * g / scale
                for r in unitRows {
                    rowWeight[r] = residual[r] / ((1 - g) * s) + unitFactor * rowWeight[r]
                }
            }
            let unitCount = Double(units.count), rowCount = Double(length)
            value += -0.5 * rowCount * log(s) - rowCount * NormalTail.halfLogTwoPi - unitCount * (logCdfZ0 + 0.5 * z0 * z0)
            gs += -0.5 * rowCount / s + unitCount * 0.5 * kappa0 * z0 / s
            gg += unitCount * 0.5 * kappa0 * z0 / g
            gmu -= unitCount * kappa0 / sqrtGS
            out[0] += value
            out[k + 1] += gs
            out[k + 2] += gg
            out[k + 3] += gmu
            out[k + 4] += geta
            design.values.withUnsafeBufferPointer { x in
                ResidualKernel.accumulateCrossProduct(design: x, rowCount: n, columns: k, weights: rowWeight, rows: rowRange,
                                                      sign: 1, into: out + 1)
            }
        }
        var gradient = Array(sums[1...k]) + [sums[k + 1], sums[k + 2]]
        if layout.hasMu { gradient.append(sums[k + 3]) }
        if layout.hasEta { gradient.append(sums[k + 4]) }
        return (sums[0], gradient)
    }

    func residuals(_ parameters: [Double]) -> [Double] {
        rows.toFrameOrder(residuals(response: response, design: design, parameters: parameters))
    }

    func conditionalInefficiency(_ parameters: [Double]) -> ConditionalInefficiency {
        let s = parameters[layout.sigmaSq], g = parameters[layout.gamma]
        let mu = layout.hasMu ? parameters[layout.mu] : 0
        let eta = layout.hasEta ? parameters[layout.eta] : 0
        let e = residuals(response: response, design: design, parameters: parameters)
        var muStar = [Double](repeating: 0, count: e.count), sigmaStar = muStar, scale = muStar
        for u in 0..<rows.unitCount {
            let unitRows = rows.offsets[u]..<rows.offsets[u + 1]
            var a = 0.0, b = 0.0
            for r in unitRows {
                scale[r] = exp(-eta * rows.periodsFromEnd[r])
                a += scale[r] * scale[r]
                b += scale[r] * e[r]
            }
            let d = 1 + (a - 1) * g
            for r in unitRows {
                muStar[r] = ((1 - g) * mu - g * b) / d
                sigmaStar[r] = (g * (1 - g) * s / d).squareRoot()
            }
        }
        return ConditionalInefficiency(muStar: rows.toFrameOrder(muStar), sigmaStar: rows.toFrameOrder(sigmaStar),
                                       scale: rows.toFrameOrder(scale))
    }
}
