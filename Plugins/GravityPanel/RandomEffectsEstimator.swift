import GravityCore
import GravityLinearAlgebra

/// The random-effects panel estimator, `re`: GLS by quasi-demeaning with the variance
/// components of Swamy-Arora (default), Amemiya or Wallace-Hussain, as R's
/// `plm(model = "random")`; on balanced panels Swamy-Arora is also Stata's `xtreg, re`.
///
/// Tests are z tests, as in plm and Stata. Reports the R-squared of the quasi-demeaned
/// regression and its adjusted form as plm, Stata's within, between and overall R-squared,
/// `sigma_u`, `sigma_e`, `rho`, and `theta` (or `theta_min` and `theta_max` when the panel is
/// unbalanced, with each unit's theta in the `theta` JSON section). Fitted values are `x b` with the intercept, without the unit effects.
///
/// Example: `gravity fit grunfeld.csv --model re --formula "inv ~ value + capital" --id firm --time year --option method=amemiya`
public struct RandomEffectsEstimator: Estimator {
    /// Creates the estimator.
    public init() {}

    /// Name `re` (aliases `random`, `random-effects`); options `method` and `cluster_convention`.
    public var descriptor: EstimatorDescriptor {
        EstimatorDescriptor(
            name: "re", aliases: ["random", "random-effects"],
            summary: "Random effects (GLS) panel estimator with Swamy-Arora, Amemiya or Wallace-Hussain variance components",
            options: [OptionSpecification(name: "method", kind: .choice(RandomEffectsMethod.allCases.map(\.rawValue)),
                                          defaultValue: RandomEffectsMethod.swamyArora.rawValue,
                                          help: "Variance components: swamy-arora, amemiya or wallace-hussain (plm random.method swar, amemiya, walhus)"),
                      ClusterConvention.option],
            requiresPanel: true, covarianceKinds: [.classical, .cluster])
    }

    /// Fits the model.
    public func fit(_ data: Dataset, request: FitRequest, options: EstimatorOptions) throws -> EstimationResult {
        let method = RandomEffectsMethod(rawValue: options.string("method"))!
        let convention = ClusterConvention(rawValue: options.string("cluster_convention"))!
        let sample = try PanelSample(data: data, request: request, estimator: descriptor.name)
        let regression = try RandomEffectsRegression(sample: sample, method: method)
        let fit = regression.fit
        let covariance = try PanelCovariance(specification: request.covariance, convention: convention, fit: fit,
                                             residualVariance: regression.residualVariance, dfResidual: regression.dfResidual,
                                             clusters: sample.clusters(for: request.covariance), absorbsConstant: false, asymptotic: true)
        let fitted = sample.prediction(of: fit)
        let residuals = zip(sample.response, fitted).map { $0 - $1 }
        let panel = sample.structure.bilingualSummary
        let notes = sample.frame.bilingualNotes + regression.within.absorptionNotes + fit.omissions + regression.components.notes
            + [BilingualText("Panel: \(panel.english).", chinese: "面板：\(panel.chinese)。"),
               BilingualText("Variance components by \(method.rawValue) (plm random.method = \"\(method.plmName)\").",
                             chinese: "方差分量按 \(method.rawValue) 方法估计（plm random.method = \"\(method.plmName)\"）。")]
        return EstimationResult(
            model: descriptor.name, formula: request.formula.text, responseName: request.formula.responseName,
            nobs: sample.observationCount, covarianceLabel: covariance.label, terms: fit.terms, estimates: fit.coefficients,
            covariance: covariance.matrix, inference: covariance.inference, confidenceLevel: request.confidenceLevel,
            statistics: statistics(sample: sample, regression: regression),
            tests: covariance.slopesTest(fit).map { [$0] } ?? [],
            fitted: sample.frame.alignedToInput(fitted), residuals: sample.frame.alignedToInput(residuals), bilingualNotes: notes,
            extraSections: sample.structure.isBalanced ? [] : [("theta", .object(zip(sample.structure.unit.levels, regression.theta).map { ($0, .number($1)) }))])
    }

    /// R-squared measures, variance components, theta and the panel's size.
    private func statistics(sample: PanelSample, regression: RandomEffectsRegression) -> [FitStatistic] {
        let fit = regression.fit
        let n = Double(sample.observationCount), df = Double(regression.dfResidual)
        let rSquared = squaredCorrelation(regression.response, fit.fitted)
        let xb = sample.prediction(of: fit, intercept: false)
        let stata = StataRSquared(sample: sample, xb: xb)
        let sigmaU2 = regression.components.individual, sigmaE2 = regression.components.idiosyncratic
        var statistics = [FitStatistic("r_squared", rSquared), FitStatistic("adj_r_squared", 1 - (1 - rSquared) * (n - 1) / df)]
            + stata.statistics
            + [FitStatistic("sigma_u", sigmaU2.squareRoot()), FitStatistic("sigma_e", sigmaE2.squareRoot()),
               FitStatistic("rho", sigmaU2 / (sigmaU2 + sigmaE2))]
        if sample.structure.isBalanced {
            statistics.append(FitStatistic("theta", regression.theta[0]))
        } else {
            statistics.append(FitStatistic("theta_min", regression.theta.min()!))
            statistics.append(FitStatistic("theta_max", regression.theta.max()!))
        }
        statistics += [FitStatistic("sigma", regression.residualVariance.squareRoot()), FitStatistic("df_residual", df), FitStatistic("nobs", n)] + sample.sizeStatistics
        return statistics
    }
}
