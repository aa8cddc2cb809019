import Foundation
import GravityCore
import GravityLinearAlgebra

/// The Poisson IRLS iterations, with the converged weights kept for the covariance.
struct IteratedReweightedLeastSquares {
    let terms: [String]
    let coefficients: [Double]
    /// The kept design columns (unweighted).
    let design: Matrix
    /// Fitted means exp(x'b).
    let mean: [Double]
    let deviance: Double
    let pseudoLogLikelihood: Double
    let iterations: Int
    /// (X' diag(mu) X)^-1 at the solution.
    let bread: Matrix
    let notes: [String]

    init(response y: [Double], design: DesignMatrix, maxIterations: Int, tolerance: Double) throws {
        let n = y.count
        let average = y.reduce(0, +) / Double(n)
        var mu = y.map { ($0 + average) / 2 }
        var eta = mu.map { Foundation.log($0) }
        var deviance = Self.deviance(y, mu)
        var iteration = 0
        var fit: LeastSquaresFit
        while true {
            iteration += 1
            let root = mu.map { $0.squareRoot() }
            let working = (0..<n).map { (i: Int) -> Double in
                let step: Double = (y[i] - mu[i]) / mu[i]
                return (eta[i] + step) * root[i]
            }
            var weighted = design
            weighted.matrix.values.withUnsafeMutableBufferPointer { values in
                for j in 0..<design.matrix.columns {
                    let base = j * n
                    for i in 0..<n { values[base + i] *= root[i] }
                }
            }
            fit = try LeastSquaresFit(response: working, design: weighted)
            let kept = design.matrix.selectingColumns(fit.terms.map { design.columnNames.firstIndex(of: $0)! })
            eta = kept * fit.coefficients
            mu = eta.map { Foundation.exp($0) }
            let previous = deviance
            deviance = Self.deviance(y, mu)
            guard deviance.isFinite else {
                throw GravityError.numerical("PPML diverged at iteration \(iteration) (non-finite deviance); check for separated observations or extreme regressors.")
            }
            if abs(deviance - previous) / (0.1 + abs(deviance)) < tolerance { break }
            guard iteration < maxIterations else {
                throw GravityError.numerical("PPML did not converge in \(maxIterations) iterations (relative deviance change still above \(tolerance)); no estimates are reported. Raise max_iterations or check for separation.")
            }
        }
        terms = fit.terms
        coefficients = fit.coefficients
        self.design = design.matrix.selectingColumns(fit.terms.map { design.columnNames.firstIndex(of: $0)! })
        mean = mu
        self.deviance = deviance
        pseudoLogLikelihood = zip(y, mu).reduce(0) { $0 + $1.0 * Foundation.log($1.1) - $1.1 - lgamma($1.0 + 1) }
        iterations = iteration
        bread = fit.bread
        notes = fit.omissionNotes + ["Converged in \(iteration) IRLS iterations (relative deviance change below \(tolerance))."]
    }

    static func deviance(_ y: [Double], _ mu: [Double]) -> Double {
        var total = 0.0
        for i in 0..<y.count {
            total += (y[i] > 0 ? y[i] * Foundation.log(y[i] / mu[i]) : 0) - (y[i] - mu[i])
        }
        return 2 * total
    }
}
