import Foundation
import GravityCore

/// The fit statistics of a PPML fit, named as fixest names them.
struct PPMLStatistics {
    let logLikelihood: Double?
    let deviance: Double
    let nullDeviance: Double?
    /// fixest's pseudo R-squared 1 - logL / logL_null, with the null model a constant mean
    /// (times exp(offset)).
    let pseudoRSquared: Double?
    /// Squared correlation of the outcome and the fitted mean.
    let squaredCorrelation: Double

    init(family: GLMFamily, response y: [Double], mean mu: [Double], offset: [Double]?, weights: [Double]?, deviance: Double) {
        self.deviance = deviance
        logLikelihood = family.logLikelihood(response: y, mean: { mu[$0] }, weights: weights, deviance: deviance)
        if let null = Self.nullMean(family: family, response: y, offset: offset, weights: weights) {
            var nullDeviance = 0.0
            for i in y.indices { nullDeviance += (weights?[i] ?? 1) * family.unitDeviance(y: y[i], mu: null(i)) }
            self.nullDeviance = nullDeviance
            let nullLogLikelihood = family.logLikelihood(response: y, mean: null, weights: weights, deviance: nullDeviance)
            if let ll = logLikelihood, let ll0 = nullLogLikelihood { pseudoRSquared = 1 - ll / ll0 } else { pseudoRSquared = nil }
        } else {
            nullDeviance = nil
            pseudoRSquared = nil
        }
        squaredCorrelation = Self.squaredCorrelation(y, mu)
    }

    /// The mean of the intercept-only model: the weighted mean of y, or with an offset (Poisson
    /// only, where it has a closed form) exp(a + offset) with exp(a) = sum w y / sum w exp(offset),
    /// per row (computed, not stored).
    static func nullMean(family: GLMFamily, response y: [Double], offset: [Double]?, weights: [Double]?) -> ((Int) -> Double)? {
        var numerator = 0.0, denominator = 0.0
        for i in y.indices {
            let w = weights?[i] ?? 1
            numerator += w * y[i]
            denominator += w * (offset.map { Foundation.exp($0[i]) } ?? 1)
        }
        guard offset == nil || family == .poisson else { return nil }
        let level = numerator / denominator
        guard let offset else { return { _ in level } }
        return { level * Foundation.exp(offset[$0]) }
    }

    static func squaredCorrelation(_ a: [Double], _ b: [Double]) -> Double {
        let n = Double(a.count)
        let meanA = a.reduce(0, +) / n, meanB = b.reduce(0, +) / n
        var sab = 0.0, saa = 0.0, sbb = 0.0
        for i in a.indices {
            let da = a[i] - meanA, db = b[i] - meanB
            sab += da * db
            saa += da * da
            sbb += db * db
        }
        return sab * sab / (saa * sbb)
    }

    /// The statistics in display order (JSON keys).
    func list(outcome: IRLSOutcome, demeaningIterations: Int) -> [FitStatistic] {
        var list: [FitStatistic] = []
        if let logLikelihood { list.append(FitStatistic("log_likelihood", logLikelihood)) }
        list.append(FitStatistic("deviance", deviance))
        if let nullDeviance { list.append(FitStatistic("null_deviance", nullDeviance)) }
        if let pseudoRSquared { list.append(FitStatistic("pseudo_r_squared", pseudoRSquared)) }
        list.append(FitStatistic("squared_correlation", squaredCorrelation))
        list.append(FitStatistic("irls_iterations", Double(outcome.iterations)))
        list.append(FitStatistic("demeaning_iterations", Double(demeaningIterations)))
        list.append(FitStatistic("converged", outcome.converged ? 1 : 0))
        return list
    }
}
