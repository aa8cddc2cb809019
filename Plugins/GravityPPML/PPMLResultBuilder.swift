import GravityCore
import GravityFixedEffects
import GravityLinearAlgebra

/// Turns a PPML fit into the package's ``EstimationResult``: coefficients with the requested
/// covariance, statistics, fitted means aligned to the input rows, notes on every dropped row,
/// and the JSON sections `separation`, `irls` and (on request) `fixed_effect_values`.
struct PPMLResultBuilder {
    let request: FitRequest
    let options: PPMLOptions
    let input: PPMLInputSummary
    let selection: PPMLSampleSelection
    var fit: PPMLFit

    mutating func result(model: String) throws -> EstimationResult {
        let sample = selection.sample
        let outcome = fit.outcome
        let n = sample.count, family = options.family
        let k = fit.terms.count
        guard n > k else {
            throw GravityError.invalidInput("There are \(n) observations for \(k) coefficients after dropping separated observations; more observations are needed.")
        }
        var pearson = 0.0
        for i in 0..<n {
            let w = sample.weights?[i] ?? 1, y = sample.response[i], mu = outcome.mean[i]
            pearson += w * (y - mu) * (y - mu) / family.variance(mu)
        }
        let clusters = sample.clusters
        let absorbed = fit.absorbed.map {
            AbsorbedParameters(total: $0.total, fixest: $0.fixestCount(nested: NestedDimensions.flags(sample.fixedEffects, inClusterColumns: clusters)))
        } ?? .none
        let dispersion = family == .poisson ? 1 : pearson / Double(n - k - absorbed.total)
        let convention = SmallSampleConvention(option: options.smallSample, hasFixedEffects: !sample.fixedEffects.isEmpty)
        let covariance = try CovarianceEstimate(request.covariance, convention: convention, family: .generalizedLinear(dispersion: dispersion),
                                                rows: fit.takeScores(), bread: fit.bread, absorbed: absorbed, clusters: clusters)
        let statistics = PPMLStatistics(family: family, response: sample.response, mean: outcome.mean, offset: sample.offset,
                                        weights: sample.weights, deviance: outcome.deviance)
        var result = EstimationResult(model: model, formula: request.formula.text, responseName: request.formula.responseName, nobs: n,
                                      covarianceLabel: covariance.label, terms: fit.terms, estimates: outcome.coefficients,
                                      covariance: covariance.matrix, inference: covariance.inference, confidenceLevel: request.confidenceLevel,
                                      statistics: statistics.list(outcome: outcome, demeaningIterations: fit.demeaningIterations),
                                      fitted: sample.frame.alignedToInput(outcome.mean),
                                      residuals: sample.frame.alignedToInput(sample.response, minus: outcome.mean),
                                      bilingualNotes: notes(), extraSections: sections())
        result.fixedEffects = summaries()
        if let values = fit.fixedEffectValues {
            result.fixedEffectValues = sample.fixedEffects.indices.map {
                sample.frame.alignedToInput(levelValues: values.values[$0], codes: sample.fixedEffects[$0].codes)
            }
        }
        return result
    }

    private func notes() -> [BilingualText] {
        var notes = input.notes + selection.report.notes
        notes += fit.omittedTerms.map {
            BilingualText("`\($0)` omitted because of collinearity (with the other regressors or the fixed effects).",
                          chinese: "`\($0)` 因共线性（与其他解释变量或固定效应）被剔除。")
        }
        if options.family != .poisson {
            notes.append(BilingualText("\(options.family.name) pseudo-maximum likelihood with log link (--option family=\(options.family.rawValue)).",
                                       chinese: "\(options.family.chineseName)伪最大似然估计，对数连接（--option family=\(options.family.rawValue)）。"))
        }
        if !fit.outcome.converged {
            notes.append(BilingualText(
                "Warning: IRLS did not converge in \(fit.outcome.iterations) iterations (last relative deviance change \(fit.outcome.lastChange), tolerance \(options.control.tolerance)); the estimates are the last iterate.",
                chinese: "警告：IRLS 在 \(fit.outcome.iterations) 次迭代内未收敛（最后一次偏差相对变化 \(fit.outcome.lastChange)，容差 \(options.control.tolerance)）；估计值为最后一次迭代的结果。"))
        }
        if fit.outcome.halvings > 0 {
            notes.append(BilingualText("IRLS halved \(fit.outcome.halvings) step(s) where the deviance rose.",
                                       chinese: "IRLS 在偏差上升处将步长减半 \(fit.outcome.halvings) 次。"))
        }
        return notes
    }

    private func summaries() -> [FixedEffectSummary] {
        guard let absorbed = fit.absorbed else { return [] }
        return selection.sample.fixedEffects.enumerated().map { d, grouping in
            FixedEffectSummary(name: grouping.name, levelCount: grouping.count, levelsRemoved: input.levelCounts[d] - grouping.count,
                               absorbedDegreesOfFreedom: absorbed.perDimension[d])
        }
    }

    private func sections() -> [(String, JSONValue)] {
        var sections: [(String, JSONValue)] = [
            ("separation", selection.report.json),
            ("irls", .object([
                ("family", .string(options.family.rawValue)),
                ("iterations", .number(Double(fit.outcome.iterations))),
                ("converged", .bool(fit.outcome.converged)),
                ("last_relative_deviance_change", .number(fit.outcome.lastChange)),
                ("tolerance", .number(options.control.tolerance)),
                ("step_halvings", .number(Double(fit.outcome.halvings))),
                ("demeaning_iterations", .number(Double(fit.demeaningIterations))),
            ])),
        ]
        if options.reportFixedEffects, let values = fit.fixedEffectValues {
            sections.append(("fixed_effect_values", FixedEffectValueTable(values).json))
        }
        return sections
    }
}

/// What the result needs from the model frame as built from the input: its notes and each
/// fixed-effect dimension's level count (rows are aligned to the input through the estimation
/// sample's frame). The frame itself is let go before the fit, so its columns do not stay in
/// memory beside the estimation sample's.
struct PPMLInputSummary {
    let notes: [BilingualText]
    let levelCounts: [Int]

    init(_ frame: ModelFrame) {
        notes = frame.bilingualNotes
        levelCounts = frame.fixedEffects.map(\.count)
    }
}
