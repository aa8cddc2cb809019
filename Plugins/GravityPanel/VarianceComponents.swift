import GravityCore
import GravityLinearAlgebra

/// The variance components of the one-way random-effects model `y_it = x_it b + u_i + e_it`:
/// `sigma2_e` (idiosyncratic) and `sigma2_u` (unit), estimated as R's `plm::ercomp`.
///
/// Each method takes two quadratic forms of residuals, the within form `q_w = sum (e_it - e_i)^2`
/// and the between form `q_b = sum_i T_i e_i^2`, and solves the two linear equations that
/// equate them to their expectations. On balanced panels the equations are plm's defaults
/// (`dfcor`): Swamy-Arora `q_w / (N - n - K_w)` and `(q_b / (n - K_b - 1) - sigma2_e) / T`;
/// Amemiya and Wallace-Hussain `q_w / (N - n)` and `(q_b / n - sigma2_e) / T`. On unbalanced
/// panels the expectations are exact, with the trace corrections plm uses. A negative unit
/// variance is set to zero, as plm and Stata do, with a note.
struct VarianceComponents {
    /// The idiosyncratic variance `sigma2_e`.
    let idiosyncratic: Double
    /// The unit variance `sigma2_u`.
    let individual: Double
    /// What was adjusted, if anything.
    let notes: [BilingualText]

    /// Estimates the components of `sample` by `method`; `within` is the unit-effects within fit.
    init(method: RandomEffectsMethod, sample: PanelSample, within: WithinRegression) throws {
        let units = sample.unit
        let o = Double(sample.observationCount), n = Double(units.count)
        let counts = units.rowCounts().map(Double.init)
        let balanced = sample.structure.isBalanced
        let periods = Double(sample.structure.periodCount)
        let kWithin = Double(within.fit.rank)
        let quadratic = try QuadraticForms(method: method, sample: sample, within: within)
        var sigmaE: Double, sigmaU: Double
        switch (method, balanced) {
        case (.swamyArora, true):
            sigmaE = quadratic.within / (o - n - kWithin)
            sigmaU = (quadratic.between / (n - quadratic.betweenSlopes - 1) - sigmaE) / periods
        case (.amemiya, true), (.wallaceHussain, true):
            sigmaE = quadratic.within / (o - n)
            sigmaU = (quadratic.between / n - sigmaE) / periods
        case (.swamyArora, false):
            let means = quadratic.betweenMeans!
            let weighted = means.moment { counts[$0] }, squared = means.moment { counts[$0] * counts[$0] }
            sigmaE = quadratic.within / (o - n - kWithin)
            let slopes = Double(sample.slopeColumns.count)
            sigmaU = (quadratic.between - (n - slopes - 1) * sigmaE) / (o - traceOfProduct(try symmetricInverse(weighted), squared))
        case (.amemiya, false):
            let kept = within.fit.terms.map { sample.design.columnNames.firstIndex(of: $0)! }
            let means = UnitMeans(sample.design.matrix, columns: kept, units: units)
            let overall = means.columns.indices.map { a in zip(means.columns[a], counts).reduce(0) { $0 + $1.0 * $1.1 } / o }
            let centred = UnitMeans(columns: means.columns.enumerated().map { a, column in column.map { $0 - overall[a] } })
            let betweenMoment = centred.moment { counts[$0] }
            sigmaE = quadratic.within / (o - n - kWithin)
            let nu = n - 1 + traceOfProduct(within.fit.bread, betweenMoment)
            let eta = o - counts.reduce(0) { $0 + $1 * $1 } / o
            sigmaU = (quadratic.between - nu * sigmaE) / eta
        case (.wallaceHussain, false):
            let pooled = quadratic.pooledFit!
            let means = UnitMeans(pooled.design, units: units)
            let weighted = means.moment { counts[$0] }, squared = means.moment { counts[$0] * counts[$0] }
            let inverseGram = pooled.bread
            let withinGram = pooled.design.crossProduct() - weighted
            let mwNu = o - n - traceOfProduct(inverseGram, withinGram)
            let mwEta = traceOfProduct(inverseGram * withinGram, inverseGram * squared)
            let mbNu = n - traceOfProduct(inverseGram, weighted)
            let mbEta = o - 2 * traceOfProduct(inverseGram, squared) + traceOfProduct(inverseGram * weighted, inverseGram * squared)
            let determinant = mwNu * mbEta - mwEta * mbNu
            sigmaE = (quadratic.within * mbEta - mwEta * quadratic.between) / determinant
            sigmaU = (mwNu * quadratic.between - mbNu * quadratic.within) / determinant
        }
        var notes: [BilingualText] = []
        if sigmaE <= 0 || !sigmaE.isFinite {
            throw GravityError.numerical("The estimated idiosyncratic variance is \(sigmaE); random effects need residual variation within units.")
        }
        if sigmaU < 0 {
            notes.append(BilingualText(
                "The estimated variance of the unit effects is negative (\(sigmaU)); it was set to 0 as plm and Stata do, so theta = 0 and the random-effects estimates equal pooled OLS.",
                chinese: "单位效应的方差估计为负（\(sigmaU)）；按 plm 和 Stata 的做法将其设为 0，因此 θ = 0，随机效应估计等于混合 OLS。"))
            sigmaU = 0
        }
        idiosyncratic = sigmaE
        individual = sigmaU
        self.notes = notes
    }

    /// The quasi-demeaning weight of a unit with `count` observations,
    /// `theta_i = 1 - sqrt(sigma2_e / (T_i sigma2_u + sigma2_e))`.
    func theta(count: Int) -> Double {
        1 - (idiosyncratic / (Double(count) * individual + idiosyncratic)).squareRoot()
    }
}
