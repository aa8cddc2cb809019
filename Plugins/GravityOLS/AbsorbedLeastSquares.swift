import GravityCore
import GravityFixedEffects
import GravityLinearAlgebra

/// Least squares with fixed effects absorbed (fixest's `feols`): `log(trade) ~ log(dist) + contig
/// | exporter^year + importer^year`.
///
/// Singletons are dropped (unless `drop_singletons=false`), the response and the regressors are
/// demeaned by ``FixedEffectsAbsorber``, and least squares on the demeaned columns gives the
/// coefficients. A regressor the fixed effects absorb is named and dropped; the intercept is
/// always absorbed. Standard errors follow ``SmallSampleConvention`` (`ssc=fixest` by default).
struct AbsorbedLeastSquares {
    let data: Dataset
    let request: FitRequest
    let options: EstimatorOptions

    /// The frame after weights and singletons, with its weights (nil when unweighted).
    private func sample() throws -> (frame: ModelFrame, weights: [Double]?, levelsBefore: [Int]) {
        var groupColumns = request.covariance.requiredColumns
        if let panel = request.panel { groupColumns += [panel.unit, panel.time] }
        var frame = try ModelFrame(dataset: data, formula: request.formula, groupColumns: groupColumns, extraParts: .groupings)
        var weights: [Double]? = nil
        let weightColumn = options.string("weights")
        if !weightColumn.isEmpty { (frame, weights) = try frame.weighted(by: weightColumn, in: data) }
        let levelsBefore = frame.fixedEffects.map(\.count)
        if options.bool("drop_singletons") {
            let droppedIn = SingletonFilter.singletonDimensions(frame.fixedEffects)
            let kept = droppedIn.map { $0 < 0 }, dropped = kept.filter { !$0 }.count
            if dropped > 0 {
                guard dropped < frame.observationCount else {
                    throw GravityError.invalidInput("Every row is a singleton of some fixed effect; nothing is left to estimate.")
                }
                let names = frame.fixedEffects.map(\.name)
                frame = frame.keepingRows(kept) { "singleton in fixed effect \(names[Int(droppedIn[$0])])" }
                weights = weights.map { w in w.indices.filter { kept[$0] }.map { w[$0] } }
                frame.bilingualNotes.append(BilingualText(
                    "\(dropped) singleton row(s) dropped (alone in a level of a fixed effect, repeatedly, as reghdfe and fixest); keep them with --option drop_singletons=false.",
                    chinese: "\(dropped) 个单例行被删除（在某固定效应的一个水平中独自一行，反复删除，与 reghdfe 和 fixest 相同）；用 --option drop_singletons=false 保留它们。"))
            }
        }
        return (frame, weights, levelsBefore)
    }

    func fit(model: String) throws -> EstimationResult {
        var (frame, weights, levelsBefore) = try sample()
        let n = frame.observationCount
        let slopeIndices = frame.design.columnNames.indices.filter { frame.design.columnNames[$0] != "(Intercept)" }
        guard !slopeIndices.isEmpty else {
            throw GravityError.invalidInput("The formula has no regressor besides the fixed effects; give at least one before `|`.")
        }
        let names = slopeIndices.map { frame.design.columnNames[$0] }
        let p = names.count
        let options = FixedEffectsOptions(tolerance: self.options.double("fixef_tol"), maxIterations: self.options.int("fixef_maxiter"))
        let absorber = try FixedEffectsAbsorber(dimensions: frame.fixedEffects, weights: weights, options: options)
        var values = frame.response
        values.reserveCapacity(n * (1 + p))
        for j in slopeIndices { values.append(contentsOf: frame.design.matrix.values[(j * n)..<((j + 1) * n)]) }
        frame.design.matrix = Matrix(rows: 0, columns: 0)   // the copy above is all that is needed from here on
        var columns = AbsorbedColumns(columns: values, rowCount: n)
        values = []
        let norms = columns.columnNorms()
        let report = try columns.demean(by: absorber, names: [frame.formula.responseName] + names)
        let demeanedNorms = columns.columnNorms()
        // A regressor whose demeaned norm is below 1e-8 of its norm is absorbed by the fixed effects.
        let absorbedColumns = names.indices.filter { demeanedNorms[$0 + 1] <= 1e-8 * norms[$0 + 1] }
        guard absorbedColumns.count < p else {
            throw GravityError.invalidInput("Every regressor (\(names.joined(separator: ", "))) is collinear with the fixed effects; nothing is left to estimate.")
        }
        let fit = try columns.normalEquationsFit(regressorNames: names, candidates: names.indices.filter { !absorbedColumns.contains($0) },
                                                 weights: weights, responseName: "`\(request.formula.responseName)`")
        let residuals = fit.rows.residuals()
        // Effects per level of y - X b, by linearity from the demeaning coefficients.
        var factors = [Double](repeating: 0, count: 1 + p)
        factors[0] = 1
        for (position, column) in fit.keptColumns.enumerated() { factors[1 + column] = -fit.coefficients[position] }
        let effects = absorber.effects(combining: report, factors: factors)
        let fitted = (0..<n).map { frame.response[$0] - residuals[$0] }

        let absorbed = absorber.absorbedDegreesOfFreedom
        let clusters = request.covariance.requiredColumns.map { frame.groups[$0]! }
        let convention = SmallSampleConvention(option: self.options.string("ssc"), hasFixedEffects: true)
        let covariance = try CovarianceEstimate(
            request.covariance, convention: convention, family: .leastSquares, rows: fit.rows,
            bread: fit.bread, absorbed: AbsorbedParameters(total: absorbed.total, fixest: absorbed.fixestCount(nested: NestedDimensions.flags(frame.fixedEffects, inClusterColumns: clusters))),
            clusters: clusters)
        let statistics = AbsorbedFitStatistics(response: frame.response, demeanedResponse: columns.values[0..<n], residualSumOfSquares: fit.residualSumOfSquares,
                                               weights: weights, rank: fit.rank, absorbed: absorbed)
        var tests: [TestResult] = []
        if let wald = WaldTest.zeroRestriction(name: "Wald F test (all slopes zero, \(request.covariance) covariance)", estimates: fit.coefficients,
                                               covariance: covariance.matrix, indices: Array(fit.terms.indices), denominatorDF: covariance.inference.degreesOfFreedom) {
            tests.append(wald)
        }
        let absorbedNotes = absorbedColumns.map {
            BilingualText("`\(names[$0])` omitted: collinear with the fixed effects.", chinese: "`\(names[$0])` 被剔除：与固定效应共线。")
        }
        var result = EstimationResult(
            model: model, formula: request.formula.text, responseName: request.formula.responseName, nobs: n,
            covarianceLabel: covariance.label, terms: fit.terms, estimates: fit.coefficients, covariance: covariance.matrix,
            inference: covariance.inference, confidenceLevel: request.confidenceLevel, statistics: statistics.values(nobs: n), tests: tests,
            fitted: frame.alignedToInput(fitted), residuals: frame.alignedToInput(residuals),
            bilingualNotes: frame.bilingualNotes + absorbedNotes + fit.omissions)
        result.fixedEffects = frame.fixedEffects.indices.map { k in
            FixedEffectSummary(name: frame.fixedEffects[k].name, levelCount: frame.fixedEffects[k].count,
                               levelsRemoved: levelsBefore[k] - frame.fixedEffects[k].count,
                               absorbedDegreesOfFreedom: absorbed.perDimension[k])
        }
        result.fixedEffectValues = frame.fixedEffects.indices.map { frame.alignedToInput(effects.effects(ofDimension: $0)) }
        return result
    }
}
