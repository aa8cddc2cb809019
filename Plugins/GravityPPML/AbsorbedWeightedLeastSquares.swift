import GravityCore
import GravityFixedEffects
import GravityLinearAlgebra

/// The weighted least-squares step with fixed effects: the working response and the regressors
/// are demeaned by the fixed-effects engine under the step's weights, and the coefficients come
/// from a pivoted QR of the demeaned regressors. Regressors absorbed by the fixed effects are
/// found on the first step.
///
/// Nothing is demeaned from scratch twice: the regressors demeaned at the previous step are
/// demeaned again under the new weights (the same residuals as from the raw regressors, since
/// they differ by fixed effects, but starting next to the answer), the working response starts
/// from its fixed effects of the previous step, and a solve that keeps the weights demeans the
/// response alone against the factorisation it already has.
struct AbsorbedWeightedLeastSquares: WeightedLeastSquaresStep {
    private(set) var absorber: FixedEffectsAbsorber
    let design: DesignMatrix
    private(set) var keptColumns: [Int]? = nil
    /// The last response and the kept regressors, demeaned under the current weights.
    private var columns: AbsorbedColumns
    /// Fixed-effect coefficients of the last response (the next one's warm start).
    private var responseEffects: [Double]? = nil
    /// Fixed-effect coefficients of each kept raw regressor, accumulated over the steps.
    private var regressorEffects: [[Double]] = []
    private var factorisation: WeightedFactorisation? = nil
    /// Conjugate-gradient iterations of the demeaning, summed over steps and columns.
    private(set) var demeaningIterations = 0

    init(dimensions: [Grouping], design: DesignMatrix, options: FixedEffectsOptions) throws {
        absorber = try FixedEffectsAbsorber(dimensions: dimensions, weights: nil, options: options)
        self.design = design
        columns = AbsorbedColumns(response: [Double](repeating: 0, count: design.matrix.rows), regressors: design.matrix)
    }

    var keptDesign: Matrix { columns.regressors }

    var bread: Matrix { factorisation?.qr.unscaledCovariance() ?? Matrix(rows: 0, columns: 0) }

    private var columnNames: [String] {
        ["the working response"] + (keptColumns ?? Array(design.columnNames.indices)).map { design.columnNames[$0] }
    }

    mutating func solve(response: [Double], weights: [Double]?, tolerance: Double?) throws -> WeightedSolution {
        if let weights {
            try reweight(response: response, weights: weights, tolerance: tolerance)
        } else {
            guard factorisation != nil else { preconditionFailure("The first solve needs weights") }
            var demeaned = response
            let report = try absorber.demean(&demeaned, columnCount: 1, warmStart: responseEffects.map { [$0] },
                                             columnNames: ["the working response"], tolerance: tolerance)
            demeaningIterations += report.iterations[0]
            responseEffects = report.coefficients[0]
            columns.setResponse(demeaned)
        }
        return solution(response: response)
    }

    /// Demeans the response and the regressors together under new weights and factorises.
    private mutating func reweight(response: [Double], weights: [Double], tolerance: Double?) throws {
        factorisation = nil
        try absorber.setWeights(weights)
        columns.setResponse(response)
        let k = columns.regressorCount
        let starts = responseEffects.map { [$0] + regressorEffects.map { [Double](repeating: 0, count: $0.count) } }
        let report = try columns.demean(by: absorber, names: columnNames, warmStart: starts, tolerance: tolerance)
        demeaningIterations += report.iterations.reduce(0, +)
        responseEffects = report.coefficients[0]
        let increments = Array(report.coefficients.dropFirst())
        regressorEffects = regressorEffects.isEmpty ? increments : zip(regressorEffects, increments).map { zip($0, $1).map { $0 + $1 } }
        let n = columns.rowCount
        let factorisation = columns.values.withUnsafeBufferPointer {
            WeightedFactorisation(UnsafeBufferPointer(rebasing: $0[n...]), rows: n, columns: k, weights: weights)
        }
        let rank = factorisation.qr.rank
        guard rank > 0 || k == 0 else {
            throw GravityError.invalidInput("Every regressor is collinear with the fixed effects (\(design.columnNames.joined(separator: ", "))); nothing is left to estimate.")
        }
        if keptColumns == nil {
            let kept = factorisation.qr.keptColumns
            keptColumns = kept
            if rank < k {
                columns.keepRegressors(kept)
                regressorEffects = kept.map { regressorEffects[$0] }
            }
        } else if rank < k {
            throw GravityError.numerical("The demeaned design lost rank during the iterations; some regressors are collinear with the fixed effects at the current weights.")
        }
        self.factorisation = factorisation
    }

    /// The coefficients, the fitted linear predictor and its fixed effects from the demeaned columns.
    private func solution(response: [Double]) -> WeightedSolution {
        let n = columns.rowCount, k = columns.regressorCount
        guard let factorisation else { preconditionFailure("No factorisation") }
        return columns.values.withUnsafeBufferPointer { v in
            let coefficients = factorisation.coefficients(UnsafeBufferPointer(rebasing: v[0..<n]))
            // Fitted linear predictor: the response less its residual after the regressors and the effects.
            var fitted = response
            for i in 0..<n { fitted[i] -= v[i] }
            for (j, b) in coefficients.enumerated() {
                let base = (1 + j) * n
                for i in 0..<n { fitted[i] += b * v[base + i] }
            }
            // The effects in `fitted`: the response's fixed-effect coefficients less the regressors' times b.
            var effects = responseEffects ?? []
            for j in 0..<k {
                let column = regressorEffects[j], b = coefficients[j]
                for level in effects.indices { effects[level] -= b * column[level] }
            }
            return WeightedSolution(coefficients: coefficients, fitted: fitted, effects: effects)
        }
    }
}
