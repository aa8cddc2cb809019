import Foundation
import GravityLinearAlgebra

/// The passes over the rows that IRLS makes around each weighted least-squares solve, in fixed
/// blocks of rows spread over the processor cores (``RowBlocks``: sums are added in block order,
/// so results do not depend on the number of cores).
extension IRLSDriver {
    /// fixest's and ppmlhdfe's start: mu = (y + mean(y)) / 2, linear predictor log(mu).
    func start() -> (eta: [Double], mu: [Double]) {
        let n = response.count
        let totalWeight = priorWeights.map { $0.reduce(0, +) } ?? Double(n)
        var weightedSum = 0.0
        for i in 0..<n { weightedSum += (priorWeights?[i] ?? 1) * response[i] }
        let meanResponse = weightedSum / totalWeight
        let mu = response.map { ($0 + meanResponse) / 2 }
        return (mu.map { Foundation.log($0) }, mu)
    }

    /// The working weight prior weight x mu^2 / V(mu) of `row` at the mean `mean`, kept positive.
    @inline(__always)
    func workingWeight(mean: Double, row: Int) -> Double {
        max((priorWeights?[row] ?? 1) * family.workingWeight(mean), Double.leastNormalMagnitude)
    }

    /// Solves for the working response z = eta - offset + (y - mu) / mu under `weights`.
    func solve(_ step: inout WeightedLeastSquares, weights: [Double], eta: [Double], mu: [Double], tolerance: Double?) throws -> [Double] {
        try step.solve(weights: weights, tolerance: tolerance) { z in
            let target = SharedRows(z.baseAddress!)
            withRows(eta: eta, mu: mu) { rows in
                _ = RowBlocks.sweep(0..<z.count, partialCount: 0) { block, _ in
                    for i in block {
                        let m = rows.mu[i]
                        target.values[i] = rows.eta[i] - (rows.offset?[i] ?? 0) + (rows.response[i] - m) / m
                    }
                }
            }
        }
    }

    /// The weighted deviance of the trial linear predictor eta + fraction x d, d = (y - mu) / mu - e,
    /// whose means it writes into `trial`.
    func trialDeviance(_ step: WeightedLeastSquares, eta: [Double], mu: [Double], fraction: Double, trial: inout [Double]) -> Double {
        let family = self.family
        return step.withResiduals { e in
            trial.withUnsafeMutableBufferPointer { trial in
                let target = SharedRows(trial.baseAddress!), residuals = SharedResiduals(e)
                return withRows(eta: eta, mu: mu) { rows in
                    RowBlocks.sweep(0..<trial.count, partialCount: 1) { block, sum in
                        for i in block {
                            let m = rows.mu[i], y = rows.response[i]
                            let mean = Foundation.exp(rows.eta[i] + fraction * ((y - m) / m - residuals.e[i]))
                            target.values[i] = mean
                            sum[0] += (rows.priorWeights?[i] ?? 1) * family.unitDeviance(y: y, mu: mean)
                        }
                    }[0]
                }
            }
        }
    }

    /// Moves to the trial of `fraction`: eta += fraction x d, mu = the trial means, and `trial`
    /// becomes the working weights of the new mean.
    func accept(_ step: WeightedLeastSquares, fraction: Double, eta: inout [Double], mu: inout [Double], trial: inout [Double]) {
        let family = self.family
        step.withResiduals { e in
            trial.withUnsafeMutableBufferPointer { trial in
                let target = SharedRows(trial.baseAddress!), residuals = SharedResiduals(e)
                withRows(eta: eta, mu: mu) { rows in
                    _ = RowBlocks.sweep(0..<trial.count, partialCount: 0) { block, _ in
                        for i in block {
                            let m = rows.mu[i], next = target.values[i]
                            rows.eta[i] += fraction * ((rows.response[i] - m) / m - residuals.e[i])
                            rows.mu[i] = next
                            target.values[i] = max((rows.priorWeights?[i] ?? 1) * family.workingWeight(next), Double.leastNormalMagnitude)
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

    /// Calls `body` with pointers to the response, offset, prior weights, eta and mu. A pass
    /// writes eta and mu only through them, and only in its own rows.
    private func withRows<R>(eta: [Double], mu: [Double], _ body: (IRLSRowPointers) -> R) -> R {
        response.withUnsafeBufferPointer { y in
            eta.withUnsafeBufferPointer { eta in
                mu.withUnsafeBufferPointer { mu in
                    withOptionalPointer(offset) { offset in
                        withOptionalPointer(priorWeights) { w in
                            body(IRLSRowPointers(response: y.baseAddress!, offset: offset, priorWeights: w,
                                                 eta: UnsafeMutablePointer(mutating: eta.baseAddress!),
                                                 mu: UnsafeMutablePointer(mutating: mu.baseAddress!)))
                        }
                    }
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

/// The per-row arrays of IRLS, as pointers handed to the workers of a row sweep (each writes
/// only its own rows).
struct IRLSRowPointers: @unchecked Sendable {
    let response: UnsafePointer<Double>
    let offset: UnsafePointer<Double>?
    let priorWeights: UnsafePointer<Double>?
    let eta: UnsafeMutablePointer<Double>
    let mu: UnsafeMutablePointer<Double>
}

/// One per-row array written by a row sweep (each worker writes only its own rows).
struct SharedRows: @unchecked Sendable {
    let values: UnsafeMutablePointer<Double>
    init(_ values: UnsafeMutablePointer<Double>) { self.values = values }
}

/// The step's residuals, read by the workers of a row sweep.
struct SharedResiduals: @unchecked Sendable {
    let e: WeightedLeastSquares.Residuals
    init(_ e: WeightedLeastSquares.Residuals) { self.e = e }
}
