import GravityCore
import GravityLinearAlgebra

/// The within and between quadratic forms of the residuals each variance-component method uses:
/// `q_w = sum (e_it - e_i)^2` and `q_b = sum_i T_i e_i^2`.
///
/// - Swamy-Arora: `q_w` from the within fit; `q_b` from the between regression of the unit
///   means weighted by `T_i` (plm's "Between" model, the means repeated on each row).
/// - Amemiya: both from the within residuals on the original scale, `y - x b_w` centred on its
///   overall mean.
/// - Wallace-Hussain: both from the pooled OLS residuals.
struct QuadraticForms {
    /// The within form.
    let within: Double
    /// The between form.
    let between: Double
    /// Slopes kept in the Swamy-Arora between regression.
    let betweenSlopes: Double
    /// Unit means of the columns kept in the Swamy-Arora between regression.
    let betweenMeans: UnitMeans?
    /// The pooled OLS fit of Wallace-Hussain.
    let pooledFit: LeastSquaresFit?

    /// The forms of `method` on `sample`, with `within` the unit-effects within fit.
    init(method: RandomEffectsMethod, sample: PanelSample, within: WithinRegression) throws {
        let units = sample.unit
        switch method {
        case .swamyArora:
            let design = sample.design
            let means = UnitMeans(design.matrix, units: units)
            let weights = units.rowCounts().map { Double($0).squareRoot() }
            let response = zip(units.means(sample.response), weights).map { $0 * $1 }
            let columns = means.columns.map { zip($0, weights).map { $0 * $1 } }
            let between = try LeastSquaresFit(response: response,
                                              design: DesignMatrix(matrix: Matrix(columnList: columns), columnNames: design.columnNames, hasIntercept: design.hasIntercept))
            let kept = between.terms.map { design.columnNames.firstIndex(of: $0)! }
            guard units.count > between.rank else {
                throw GravityError.invalidInput("The Swamy-Arora between regression has \(units.count) units for \(between.rank) coefficients; it needs more units. Use method=amemiya or method=wallace-hussain.")
            }
            self.within = within.fit.residualSumOfSquares
            self.between = between.residualSumOfSquares
            betweenSlopes = Double(between.rank - (kept.contains(0) && design.hasIntercept ? 1 : 0))
            betweenMeans = UnitMeans(columns: kept.map { means.columns[$0] })
            pooledFit = nil
        case .amemiya:
            let xb = sample.prediction(of: within.fit)
            let levels = zip(sample.response, xb).map { $0 - $1 }
            let mean = levels.reduce(0, +) / Double(levels.count)
            self.within = within.fit.residualSumOfSquares
            self.between = Self.betweenForm(levels.map { $0 - mean }, units: units)
            betweenSlopes = 0
            betweenMeans = nil
            pooledFit = nil
        case .wallaceHussain:
            let pooled = try sample.pooledFit()
            self.within = sumOfSquares(units.demeaned(pooled.residuals))
            self.between = Self.betweenForm(pooled.residuals, units: units)
            betweenSlopes = 0
            betweenMeans = nil
            pooledFit = pooled
        }
    }

    /// `sum_i T_i e_i^2` with `e_i` the unit means of `residuals`.
    private static func betweenForm(_ residuals: [Double], units: Grouping) -> Double {
        let means = units.means(residuals)
        return zip(means, units.rowCounts()).reduce(0) { $0 + Double($1.1) * $1.0 * $1.0 }
    }
}
