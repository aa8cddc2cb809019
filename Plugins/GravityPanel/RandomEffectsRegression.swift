import GravityCore
import GravityLinearAlgebra

/// Random-effects GLS by quasi-demeaning: each unit's rows lose the fraction `theta_i` of the
/// unit's means, `y_it - theta_i y_i` on `x_it - theta_i x_i` (the intercept column becoming
/// `1 - theta_i`), then least squares. `theta_i` depends on the unit's number of observations,
/// so it is one number on a balanced panel and one per unit otherwise.
struct RandomEffectsRegression {
    /// The unit-effects within fit the components were estimated with.
    let within: WithinRegression
    /// The variance components.
    let components: VarianceComponents
    /// `theta` of each unit.
    let theta: [Double]
    /// The quasi-demeaned response.
    let response: [Double]
    /// The fit on the quasi-demeaned data.
    let fit: LeastSquaresFit

    /// Estimates the components of `sample` by `method` and fits the GLS regression.
    init(sample: PanelSample, method: RandomEffectsMethod) throws {
        within = try WithinRegression(sample: sample, effect: .individual)
        let components = try VarianceComponents(method: method, sample: sample, within: within)
        let theta = sample.unit.rowCounts().map { components.theta(count: $0) }
        self.components = components
        self.theta = theta
        let units = sample.unit
        func quasiDemean(_ values: UnsafeBufferPointer<Double>, into target: UnsafeMutableBufferPointer<Double>) {
            units.subtract(zip(units.means(values), theta).map { $0 * $1 }, from: values, into: target)
        }
        var response = sample.response
        sample.response.withUnsafeBufferPointer { source in response.withUnsafeMutableBufferPointer { quasiDemean(source, into: $0) } }
        self.response = response
        let design = sample.design
        let transformed = Matrix.filled(rows: sample.observationCount, columns: design.matrix.columns) { j, target in
            design.matrix.withColumn(j) { quasiDemean($0, into: target) }
        }
        fit = try LeastSquaresFit(response: response, design: DesignMatrix(matrix: transformed, columnNames: design.columnNames, hasIntercept: design.hasIntercept))
        guard sample.observationCount > fit.rank else {
            throw GravityError.invalidInput("There are \(sample.observationCount) observations for \(fit.rank) coefficients; random effects need more observations than coefficients.")
        }
    }

    /// Residual degrees of freedom of the GLS regression.
    var dfResidual: Int { fit.residuals.count - fit.rank }

    /// The GLS residual variance SSR / df (plm's classical covariance scale).
    var residualVariance: Double { fit.residualSumOfSquares / Double(dfResidual) }
}
