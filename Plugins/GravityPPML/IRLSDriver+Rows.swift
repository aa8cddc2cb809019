import Foundation
import GravityLinearAlgebra

/// The passes over the rows that IRLS makes around each weighted least-squares solve, in fixed
/// blocks of rows spread over the processor cores (``RowBlocks``: sums are added in block order,
/// so results do not depend on the number of cores).
extension IRLSDriver {
    /// fixest's and ppmlhdfe's start: mu = (y + mean(y)) / 2, linear predictor log(mu).
    func start() -> [Double] {
        let n = response.count
        let totalWeight = priorWeights.map { $0.reduce(0, +) } ?? Double(n)
        var weightedSum = 0.0
        for i in 0..<n { weightedSum += (priorWeights?[i] ?? 1) * response[i] }
        let meanResponse = weightedSum / totalWeight
        return response.map { ($0 + meanResponse) / 2 }
    }

    /// Whether the working weights are the means themselves (Poisson without prior weights): the
    /// mean array then serves as the weights, and no array of weights is kept.
    var weightsAreMeans: Bool { family == .poisson && priorWeights == nil }

    /// The working weights of the means `mu` as an array of their own, or nil when they are the
    /// means themselves (``weightsAreMeans``).
    func separateWeights(_ mu: [Double]) -> [Double]? {
        weightsAreMeans ? nil : mu.indices.map { workingWeight(mean: mu[$0], row: $0) }
    }

    /// The working weight prior weight x mu^2 / V(mu) of `row` at the mean `mean`, kept positive.
    @inline(__always)
    func workingWeight(mean: Double, row: Int) -> Double {
        Self.workingWeight(family, mean: mean, priorWeight: priorWeights?[row] ?? 1)
    }

    /// The working weight `priorWeight` x mu^2 / V(mu) of `family` at the mean `mean`, kept
    /// positive; static, so that row sweeps need not capture the driver.
    @inline(__always)
    static func workingWeight(_ family: GLMFamily, mean: Double, priorWeight: Double) -> Double {
        max(priorWeight * family.workingWeight(mean), Double.leastNormalMagnitude)
    }

    /// The mean exp(eta) of a linear predictor, kept positive (it is the working weight of Poisson).
    @inline(__always)
    static func mean(linearPredictor eta: Double) -> Double {
        max(Foundation.exp(eta), Double.leastNormalMagnitude)
    }

    /// The trial mean exp(log(m) + fraction x ((y - m) / m - e)) of a row with mean `m`, response
    /// `y` and step residual `e`: computed by the trial deviance and again when the step is accepted.
    @inline(__always)
    static func trialMean(mean m: Double, response y: Double, residual e: Double, fraction: Double) -> Double {
        mean(linearPredictor: Foundation.log(m) + fraction * ((y - m) / m - e))
    }

    /// Solves for the working response z = eta - offset + (y - mu) / mu, eta = log(mu), under `weights`.
    func solve(_ step: inout WeightedLeastSquares, weights: [Double], mu: [Double], tolerance: Double?) throws -> [Double] {
        try step.solve(weights: weights, tolerance: tolerance) { z in
            let target = SharedRows(z.baseAddress!)
            withRows(mu: mu) { rows in
                _ = RowBlocks.sweep(0..<z.count, partialCount: 0) { block, _ in
                    for i in block {
                        let m = rows.mu[i]
                        target.values![i] = Foundation.log(m) - (rows.offset?[i] ?? 0) + (rows.response[i] - m) / m
                    }
                }
            }
        }
    }

    /// The weighted deviance of the trial linear predictor log(mu) + fraction x d, d = (y - mu) / mu - e,
    /// summed as its means are computed (they are not stored).
    func trialDeviance(_ step: WeightedLeastSquares, mu: [Double], fraction: Double) -> Double {
        let family = self.family
        return step.withResiduals { e in
            let residuals = SharedResiduals(e)
            return withRows(mu: mu) { rows in
                RowBlocks.sweep(0..<mu.count, partialCount: 1) { block, sum in
                    for i in block {
                        let m = rows.mu[i], y = rows.response[i]
                        let mean = Self.trialMean(mean: m, response: y, residual: residuals.e[i], fraction: fraction)
                        sum[0] += (rows.priorWeights?[i] ?? 1) * family.unitDeviance(y: y, mu: mean)
                    }
                }[0]
            }
        }
    }

    /// Moves to the trial of `fraction`: mu = exp(log(mu) + fraction x d) (the trial's means,
    /// computed again), and the separate working weights, if any, to those of the new mean. The
    /// arrays are updated in place: the step must not hold them (``WeightedLeastSquares/releaseWeights()``).
    func accept(_ step: WeightedLeastSquares, fraction: Double, mu: inout [Double], weights: inout [Double]?) {
        let family = self.family
        step.withResiduals { e in
            let residuals = SharedResiduals(e)
            mu.withUnsafeMutableBufferPointer { mu in
                withOptionalMutablePointer(&weights) { weights in
                    withRows(mu: mu.baseAddress!) { rows in
                        let next = SharedRows(weights)
                        _ = RowBlocks.sweep(0..<mu.count, partialCount: 0) { block, _ in
                            for i in block {
                                let mean = Self.trialMean(mean: rows.mu[i], response: rows.response[i], residual: residuals.e[i], fraction: fraction)
                                rows.mu[i] = mean
                                next.values?[i] = Self.workingWeight(family, mean: mean, priorWeight: rows.priorWeights?[i] ?? 1)
                            }
                        }
                    }
                }
            }
        }
    }

    /// The weighted deviance of the mean `mu`.
    func deviance(_ mu: [Double]) -> Double {
        var sum = 0.0
        for i in mu.indices { sum += (priorWeights?[i] ?? 1) * family.unitDeviance(y: response[i], mu: mu[i]) }
        return sum
    }

    /// Calls `body` with pointers to the response, offset, prior weights and mu, for a pass that
    /// only reads them.
    private func withRows<R>(mu: [Double], _ body: (IRLSRowPointers) -> R) -> R {
        mu.withUnsafeBufferPointer { withRows(mu: UnsafeMutablePointer(mutating: $0.baseAddress!), body) }
    }

    /// Calls `body` with pointers to the response, offset and prior weights and the given mu. A
    /// pass writes mu only when it points into an array it owns, and only in its own rows.
    private func withRows<R>(mu: UnsafeMutablePointer<Double>, _ body: (IRLSRowPointers) -> R) -> R {
        response.withUnsafeBufferPointer { y in
            withOptionalPointer(offset) { offset in
                withOptionalPointer(priorWeights) { w in
                    body(IRLSRowPointers(response: y.baseAddress!, offset: offset, priorWeights: w, mu: mu))
                }
            }
        }
    }
}

/// Calls `body` with a pointer to the values, or nil.
private func withOptionalPointer<R>(_ values: [Double]?, _ body: (UnsafePointer<Double>?) -> R) -> R {
    guard let values else { return body(nil) }
    return values.withUnsafeBufferPointer { body($0.baseAddress) }
}

/// Calls `body` with a pointer to the values, updated in place, or nil.
private func withOptionalMutablePointer<R>(_ values: inout [Double]?, _ body: (UnsafeMutablePointer<Double>?) -> R) -> R {
    guard values != nil else { return body(nil) }
    return values!.withUnsafeMutableBufferPointer { body($0.baseAddress) }
}

/// The per-row arrays of IRLS, as pointers handed to the workers of a row sweep (each writes
/// only its own rows).
struct IRLSRowPointers: @unchecked Sendable {
    let response: UnsafePointer<Double>
    let offset: UnsafePointer<Double>?
    let priorWeights: UnsafePointer<Double>?
    let mu: UnsafeMutablePointer<Double>
}

/// One per-row array written by a row sweep (each worker writes only its own rows), or none.
struct SharedRows: @unchecked Sendable {
    let values: UnsafeMutablePointer<Double>?
    init(_ values: UnsafeMutablePointer<Double>?) { self.values = values }
}

/// The step's residuals, read by the workers of a row sweep.
struct SharedResiduals: @unchecked Sendable {
    let e: WeightedLeastSquares.Residuals
    init(_ e: WeightedLeastSquares.Residuals) { self.e = e }
}
