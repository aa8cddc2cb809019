import GravityCore
import GravityFixedEffects
import GravityLinearAlgebra

/// Least squares with fixed effects absorbed (fixest's `feols`): `log(trade) ~ log(dist) + contig
/// | exporter^year + importer^year`.
///
/// Singletons are dropped (unless `drop_singletons=false`), the response and the regressors are
/// demeaned by ``FixedEffectsAbsorber``, and least squares on the demeaned columns gives the
/// coefficients. A regressor the fixed effects absorb is named and dropped; the intercept is
/// always absorbed (no column is built for it). Standard errors follow ``SmallSampleConvention``
/// (`ssc=fixest` by default).
///
/// Memory: the model frame takes the dataset over and frees each column once it has taken what
/// it needs of it (codes of the fixed effects, the regressors' copy in the design); the response and the
/// regressors are demeaned in one buffer (the design's own storage, with the response added), the
/// fit and its covariance read that buffer without copying it, and the result keeps the
/// residuals, the response and the fixed effects per level (with the codes the frame holds).
struct AbsorbedLeastSquares {
    let request: FitRequest
    let options: EstimatorOptions

    /// The frame after weights and singletons, with its weights (nil when unweighted).
    private func sample(_ data: consuming Dataset) throws -> (frame: ModelFrame, weights: [Double]?, levelsBefore: [Int]) {
        var groupColumns = request.covariance.requiredColumns
        if let panel = request.panel { groupColumns += [panel.unit, panel.time] }
        let weightColumn = options.string("weights")
        let weightValues = weightColumn.isEmpty ? nil : try data.numeric(weightColumn)
        var frame = try ModelFrame(dataset: consume data, formula: request.formula, groupColumns: groupColumns, extraParts: .groupings,
                                   absorbsIntercept: true)
        var weights: [Double]? = nil
        if let weightValues { (frame, weights) = try frame.weighted(by: weightColumn, values: weightValues) }
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

    func fit(_ data: consuming Dataset, model: String) throws -> EstimationResult {
        var (frame, weights, levelsBefore) = try sample(consume data)
        let names = frame.design.columnNames
        guard !names.isEmpty else {
            throw GravityError.invalidInput("The formula has no regressor besides the fixed effects; give at least one before `|`.")
        }
        let estimate = try AbsorbedEstimate(frame: &frame, weights: weights, request: request, options: options)
        let n = frame.observationCount
        let fit = estimate.fit, covariance = estimate.covariance
        var tests: [TestResult] = []
        if let wald = WaldTest.zeroRestriction(name: "Wald F test (all slopes zero, \(request.covariance) covariance)", estimates: fit.coefficients,
                                               covariance: covariance.matrix, indices: Array(fit.terms.indices), denominatorDF: covariance.inference.degreesOfFreedom) {
            tests.append(wald)
        }
        let absorbedNotes = estimate.absorbedColumns.map {
            BilingualText("`\(names[$0])` omitted: collinear with the fixed effects.", chinese: "`\(names[$0])` 被剔除：与固定效应共线。")
        }
        var result = EstimationResult(
            model: model, formula: request.formula.text, responseName: request.formula.responseName, nobs: n,
            covarianceLabel: covariance.label, terms: fit.terms, estimates: fit.coefficients, covariance: covariance.matrix,
            inference: covariance.inference, confidenceLevel: request.confidenceLevel, statistics: estimate.statistics.values(nobs: n), tests: tests,
            fitted: frame.alignedToInput(frame.response, minus: estimate.residuals), residuals: frame.alignedToInput(estimate.residuals),
            bilingualNotes: frame.bilingualNotes + absorbedNotes + fit.omissions)
        let absorbed = estimate.absorbedDegreesOfFreedom
        result.fixedEffects = frame.fixedEffects.indices.map { k in
            FixedEffectSummary(name: frame.fixedEffects[k].name, levelCount: frame.fixedEffects[k].count,
                               levelsRemoved: levelsBefore[k] - frame.fixedEffects[k].count,
                               absorbedDegreesOfFreedom: absorbed.perDimension[k])
        }
        result.fixedEffectValues = frame.fixedEffects.indices.map {
            frame.alignedToInput(levelValues: estimate.effects.values[$0], codes: frame.fixedEffects[$0].codes)
        }
        return result
    }
}
