import GravityCore
import GravityFixedEffects
import GravityLinearAlgebra

/// The weighted least-squares step with fixed effects: the working response and the regressors
/// are demeaned by the fixed-effects engine under the step's weights, each column warm-started
/// from its fixed effects of the previous step, and the coefficients come from a pivoted QR of
/// the demeaned regressors. Regressors absorbed by the fixed effects are found on the first step.
struct AbsorbedWeightedLeastSquares: WeightedLeastSquaresStep {
    private(set) var absorber: FixedEffectsAbsorber
    let design: DesignMatrix
    private(set) var keptColumns: [Int]? = nil
    private(set) var keptDesign = Matrix(rows: 0, columns: 0)
    private(set) var bread = Matrix(rows: 0, columns: 0)
    /// Fixed-effect coefficients of the response (first) and of each kept regressor at the last step.
    private var warmStart: [[Double]]? = nil
    /// Conjugate-gradient iterations of the demeaning, summed over steps and columns.
    private(set) var demeaningIterations = 0

    init(dimensions: [Grouping], design: DesignMatrix, options: FixedEffectsOptions) throws {
        absorber = try FixedEffectsAbsorber(dimensions: dimensions, weights: nil, options: options)
        self.design = design
    }

    mutating func solve(response: [Double], weights: [Double]) throws -> WeightedSolution {
        let n = response.count
        try absorber.setWeights(weights)
        let candidates = keptColumns ?? Array(design.columnNames.indices)
        let x = candidates.count == design.matrix.columns ? design.matrix : design.matrix.selectingColumns(candidates)
        var columns = response
        columns.append(contentsOf: x.values)
        let report = try absorber.demean(&columns, columnCount: 1 + candidates.count, warmStart: warmStart,
                                         columnNames: [ "the working response"] + candidates.map { design.columnNames[$0] })
        demeaningIterations += report.iterations.reduce(0, +)
        let demeanedResponse = Array(columns[0..<n])
        var demeaned = Matrix(rows: n, columns: candidates.count)
        demeaned.values = Array(columns[n...])
        let (qr, scaledResponse) = Self.weightedQR(demeaned, response: demeanedResponse, weights: weights)
        guard qr.rank > 0 || candidates.isEmpty else {
            throw GravityError.invalidInput("Every regressor is collinear with the fixed effects (\(design.columnNames.joined(separator: ", "))); nothing is left to estimate.")
        }
        var coefficientsWarm = report.coefficients
        if keptColumns == nil {
            keptColumns = qr.keptColumns.map { candidates[$0] }
            if qr.rank < candidates.count {
                demeaned = demeaned.selectingColumns(qr.keptColumns)
                coefficientsWarm = [report.coefficients[0]] + qr.keptColumns.map { report.coefficients[1 + $0] }
            }
        } else if qr.rank < candidates.count {
            throw GravityError.numerical("The demeaned design lost rank during the iterations; some regressors are collinear with the fixed effects at the current weights.")
        }
        warmStart = coefficientsWarm
        keptDesign = demeaned
        bread = qr.unscaledCovariance()
        let coefficients = qr.coefficients(scaledResponse)
        // Fitted linear predictor: the response less its residual after the regressors and the effects.
        let xb = demeaned.columns == 0 ? [Double](repeating: 0, count: n) : demeaned * coefficients
        var fitted = response
        for i in 0..<n { fitted[i] -= demeanedResponse[i] - xb[i] }
        // The effects in `fitted`: the response's fixed-effect coefficients less the regressors' times b.
        var effects = coefficientsWarm[0]
        for (j, b) in coefficients.enumerated() {
            let column = coefficientsWarm[1 + j]
            for level in effects.indices { effects[level] -= b * column[level] }
        }
        return WeightedSolution(coefficients: coefficients, fitted: fitted, effects: effects)
    }
}
