import GravityCore
import GravityFixedEffects
import GravityLinearAlgebra

/// Gardner's first stage: unit and period effects (and covariate slopes) estimated on the
/// untreated observations only, with the fixed-effects engine, and the outcome net of them on
/// every observation: on untreated rows this is the first-stage residual, on treated rows the
/// treatment effect plus noise.
///
/// Singletons are kept: a unit with a single untreated period still has its effect estimated
/// (fitting that period exactly), which its treated periods need. pyfixest's did2s drops them
/// by default and then cannot impute those units (see `did_mpdta.json`); R's did2s keeps them.
struct ImputationFirstStage {
    /// The outcome net of the estimated effects, every row of the sample.
    let adjusted: [Double]
    /// Whether each row is untreated (used in the first stage).
    let untreated: [Bool]
    /// Covariate slopes and the omitted covariates' notes.
    let slopes: [Double]
    /// The kept covariates' columns in `sample.covariates`.
    let keptCovariates: [Int]
    /// Notes (omitted covariates).
    let notes: [BilingualText]

    init(_ sample: DiDRegressionSample) throws {
        let n = sample.count
        let untreated = (0..<n).map { !sample.isTreated($0) }
        let stage = sample.frame.keepingRows(untreated)
        let covariates = sample.covariates
        let rows = untreated.indices.filter { untreated[$0] }
        let p = covariates.matrix.columns
        let absorber = try FixedEffectsAbsorber(dimensions: stage.fixedEffects)
        var slopes: [Double] = [], kept: [Int] = [], notes: [BilingualText] = []
        var levels = stage.response
        if p > 0 {
            let x = covariates.matrix.selecting(rows: rows, columns: Array(0..<p))
            var columns = AbsorbedColumns(response: stage.response, regressors: x)
            try columns.demean(by: absorber, names: ["the response"] + covariates.columnNames)
            let fit = try columns.leastSquares(regressorNames: covariates.columnNames)
            kept = fit.terms.map { covariates.columnNames.firstIndex(of: $0)! }
            slopes = fit.coefficients
            notes = fit.omissions
            for (r, row) in rows.enumerated() {
                for (j, column) in kept.enumerated() { levels[r] -= slopes[j] * covariates.matrix[row, column] }
            }
        }
        let effects = try absorber.effects(fitting: levels)
        var lookup: [[String: Double]] = []
        for (k, dimension) in effects.dimensions.enumerated() {
            lookup.append(Dictionary(uniqueKeysWithValues: zip(dimension.levels, effects.values[k])))
        }
        var adjusted = sample.frame.response
        for i in 0..<n {
            for (k, dimension) in sample.frame.fixedEffects.enumerated() {
                guard let effect = lookup[k][dimension.levels[Int(dimension.codes[i])]] else {
                    throw GravityError.invalidInput("`did2s` cannot impute the untreated outcome of row \(sample.frame.rowIndices[i] + 1): its \(dimension.name) `\(dimension.levels[Int(dimension.codes[i])])` has no untreated observation.")
                }
                adjusted[i] -= effect
            }
            for (j, column) in kept.enumerated() { adjusted[i] -= slopes[j] * covariates.matrix[i, column] }
        }
        self.adjusted = adjusted
        self.untreated = untreated
        self.slopes = slopes
        self.keptCovariates = kept
        self.notes = notes
    }
}
