import GravityCore
import GravityLinearAlgebra

/// The fixed-effects (within) panel estimator, `fe`: unit, time or two-way effects removed
/// exactly, balanced or not, as R's `plm(model = "within")` and Stata's `xtreg, fe`.
///
/// Reports the slopes with classical or cluster-robust standard errors (``ClusterConvention``),
/// the within R-squared and its adjusted form as plm, Stata's within, between and overall
/// R-squared (``StataRSquared``), `sigma_e`, and for unit effects `sigma_u` (standard deviation
/// of the estimated unit effects across units), `rho`, and `intercept` (Stata's `_cons`, the
/// mean of `y - x b` over the observations). The F tests that the effects are jointly zero come
/// with the fit. The effects are recoverable (``PanelEffects``), and the fitted values include
/// them, so predictions reproduce each unit's level.
///
/// Example: `gravity fit grunfeld.csv --model fe --formula "inv ~ value + capital" --id firm --time year --vcov cluster:firm`
public struct FixedEffectsEstimator: Estimator {
    /// Creates the estimator.
    public init() {}

    /// Name `fe` (aliases `within`, `fixed-effects`); options `effect` and `cluster_convention`.
    public var descriptor: EstimatorDescriptor {
        EstimatorDescriptor(
            name: "fe", aliases: ["within", "fixed-effects"],
            summary: "Fixed effects (within) panel estimator: unit, time or two-way effects, exact on unbalanced panels",
            options: [OptionSpecification(name: "effect", kind: .choice(PanelEffect.allCases.map(\.rawValue)), defaultValue: PanelEffect.individual.rawValue,
                                          help: "Effects removed: individual (units), time (periods) or twoways (both)"),
                      ClusterConvention.option],
            requiresPanel: true, covarianceKinds: [.classical, .cluster])
    }

    /// Fits the model.
    public func fit(_ data: Dataset, request: FitRequest, options: EstimatorOptions) throws -> EstimationResult {
        let effect = PanelEffect(rawValue: options.string("effect"))!
        let convention = ClusterConvention(rawValue: options.string("cluster_convention"))!
        if let part = request.formula.extraParts.first {
            throw GravityError.invalidInput(
                "The model `fe` takes no part after `|` (`\(part.text)`): it absorbs the panel unit given by --id "
                    + "(and, with effect=time or twoways, the period given by --time). To absorb `\(part.text)` instead, "
                    + "declare it as the panel unit with --id; to keep it as dummies, write it among the regressors as factor().")
        }
        let sample = try PanelSample(data: data, request: request, estimator: descriptor.name)
        let within = try WithinRegression(sample: sample, effect: effect)
        let fit = within.fit
        let covariance = try PanelCovariance(specification: request.covariance, convention: convention, fit: fit,
                                             residualVariance: within.residualVariance, dfResidual: within.dfResidual,
                                             clusters: sample.clusters(for: request.covariance), absorbsConstant: true, asymptotic: false)
        let xb = sample.prediction(of: fit)
        let levels = zip(sample.response, xb).map { $0 - $1 }
        let effects = try within.transformation.effects(fitting: levels)
        var fitted = xb
        for (index, values) in [(sample.unit, effects.unit), (sample.time, effects.time)] {
            guard let values else { continue }
            for i in 0..<fitted.count { fitted[i] += values[Int(index.codes[i])] }
        }
        let residuals = zip(sample.response, fitted).map { $0 - $1 }

        let panel = sample.structure.bilingualSummary
        var notes = sample.frame.bilingualNotes + within.absorptionNotes + fit.omissions
            + [BilingualText("Panel: \(panel.english).", chinese: "面板：\(panel.chinese)。")]
        let kept = BilingualText("they are kept but do not inform the within estimates.", chinese: "它们被保留，但对组内估计没有贡献。")
        if effect != .time, let note = sample.singletonNote(consequence: kept) {
            notes.append(note)
        }
        return EstimationResult(
            model: descriptor.name, formula: request.formula.text, responseName: request.formula.responseName,
            nobs: sample.observationCount, covarianceLabel: covariance.label, terms: fit.terms, estimates: fit.coefficients,
            covariance: covariance.matrix, inference: covariance.inference, confidenceLevel: request.confidenceLevel,
            statistics: statistics(sample: sample, within: within, xb: xb, levels: levels, unitEffects: effect == .individual ? effects.unit : nil),
            tests: try tests(sample: sample, within: within, covariance: covariance),
            fitted: sample.frame.alignedToInput(fitted), residuals: sample.frame.alignedToInput(residuals),
            bilingualNotes: notes, extraSections: PanelEffects.sections(unit: effects.unit, time: effects.time, sample: sample))
    }

    /// R-squared measures, variance components, the Stata intercept and the panel's size.
    private func statistics(sample: PanelSample, within: WithinRegression, xb: [Double], levels: [Double], unitEffects: [Double]?) -> [FitStatistic] {
        let n = Double(sample.observationCount), df = Double(within.dfResidual)
        let rSquared = 1 - within.fit.residualSumOfSquares / sumOfSquares(within.response)
        let sigmaE = within.residualVariance.squareRoot()
        var statistics = [FitStatistic("r_squared", rSquared), FitStatistic("adj_r_squared", 1 - (1 - rSquared) * (n - 1) / df)]
            + StataRSquared(sample: sample, xb: xb, within: rSquared).statistics
        if let unitEffects {
            let mean = unitEffects.reduce(0, +) / Double(unitEffects.count)
            let variance = unitEffects.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(unitEffects.count - 1)
            statistics.append(FitStatistic("sigma_u", variance.squareRoot()))
            statistics.append(FitStatistic("sigma_e", sigmaE))
            statistics.append(FitStatistic("rho", variance / (variance + sigmaE * sigmaE)))
        } else {
            statistics.append(FitStatistic("sigma_e", sigmaE))
        }
        statistics.append(FitStatistic("intercept", levels.reduce(0, +) / n))
        statistics += [FitStatistic("df_residual", df), FitStatistic("nobs", n)] + sample.sizeStatistics
        return statistics
    }

    /// The test that all slopes are zero, and the F tests that the effects are jointly zero.
    private func tests(sample: PanelSample, within: WithinRegression, covariance: PanelCovariance) throws -> [TestResult] {
        var tests = covariance.slopesTest(within.fit).map { [$0] } ?? []
        let fit = within.fit
        let pooled = try sample.pooledFit()
        let unrestricted = (ssr: fit.residualSumOfSquares, df: Double(within.dfResidual))
        let restricted = (ssr: pooled.residualSumOfSquares, df: Double(sample.observationCount - pooled.rank))
        let effect = within.transformation.effect
        if let test = PanelTests.effectsF(restricted: restricted, unrestricted: unrestricted, effects: effect.adjective) {
            tests.append(test)
        }
        if effect == .twoways {
            let timeOnly = try WithinRegression(sample: sample, effect: .time)
            if var test = PanelTests.effectsF(restricted: (timeOnly.fit.residualSumOfSquares, Double(timeOnly.dfResidual)), unrestricted: unrestricted,
                                              effects: "individual", alternative: "unit effects belong in the model beside the time effects",
                                              null: "time effects alone are not rejected") {
                test.name = "F test for individual effects given time effects"
                tests.append(test)
            }
        }
        return tests
    }
}
