import Foundation

/// The passes over the rows that IRLS makes around each weighted least-squares solve.
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
            for i in z.indices {
                let m = mu[i]
                z[i] = eta[i] - (offset?[i] ?? 0) + (response[i] - m) / m
            }
        }
    }

    /// The weighted deviance of the trial linear predictor eta + fraction x d, d = (y - mu) / mu - e,
    /// whose means it writes into `trial`.
    func trialDeviance(_ step: WeightedLeastSquares, eta: [Double], mu: [Double], fraction: Double, trial: inout [Double]) -> Double {
        step.withResiduals { e in
            trial.withUnsafeMutableBufferPointer { trial in
                var sum = 0.0
                for i in trial.indices {
                    let m = mu[i], y = response[i]
                    let mean = Foundation.exp(eta[i] + fraction * ((y - m) / m - e[i]))
                    trial[i] = mean
                    sum += (priorWeights?[i] ?? 1) * family.unitDeviance(y: y, mu: mean)
                }
                return sum
            }
        }
    }

    /// Moves to the trial of `fraction`: eta += fraction x d, mu = the trial means, and `trial`
    /// becomes the working weights of the new mean.
    func accept(_ step: WeightedLeastSquares, fraction: Double, eta: inout [Double], mu: inout [Double], trial: inout [Double]) {
        step.withResiduals { e in
            for i in eta.indices {
                let m = mu[i]
                eta[i] += fraction * ((response[i] - m) / m - e[i])
                mu[i] = trial[i]
                trial[i] = workingWeight(mean: trial[i], row: i)
            }
        }
    }

    /// The weighted deviance of the mean `mu`.
    func deviance(_ mu: [Double]) -> Double {
        var sum = 0.0
        for i in mu.indices { sum += (priorWeights?[i] ?? 1) * family.unitDeviance(y: response[i], mu: mu[i]) }
        return sum
    }
}
