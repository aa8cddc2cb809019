import GravityCore
import GravityLinearAlgebra

/// Poisson pseudo-maximum likelihood (Santos Silva & Tenreyro 2006) with high-dimensional fixed
/// effects: `trade ~ log(DIST) + CNTG + RTA | exporter^year + importer^year + pair_id`, the
/// outcome in levels (zeros kept).
///
/// Fitted by iteratively reweighted least squares; the fixed effects are projected out under the
/// IRLS weights at every step, warm-started from the previous step. Separated observations are
/// dropped first and counted (see ``Separation``). Gamma and Gaussian pseudo-likelihoods with the
/// same log link are `--option family=gamma|gaussian`.
///
/// Example: `gravity fit trade.csv --model ppml --formula "trade ~ log(DIST) + CNTG | exporter^year + importer^year" --vcov cluster:pair_id`
public struct PPMLEstimator: Estimator {
    /// Creates the estimator.
    public init() {}

    /// Name `ppml` (aliases `poisson`, `fepois`, `ppmlhdfe`).
    public var descriptor: EstimatorDescriptor {
        EstimatorDescriptor(name: "ppml", aliases: ["poisson", "fepois", "ppmlhdfe"],
                            summary: "Poisson pseudo-maximum likelihood with absorbed fixed effects (structural gravity)",
                            options: PPMLOptions.specifications, covarianceKinds: [.classical, .heteroskedasticity, .cluster])
    }

    /// Fits the model; the model frame takes the dataset over and frees each column once used.
    public func fit(_ data: consuming Dataset, request: FitRequest, options raw: EstimatorOptions) throws -> EstimationResult {
        let options = try PPMLOptions(raw)
        if case .heteroskedastic(let type) = request.covariance, type == .hc2 || type == .hc3 {
            throw GravityError.invalidOption("ppml takes robust (hc1) or hc0 standard errors, not \(type.rawValue): leverage corrections are not defined for it here.")
        }
        let clusterColumns = request.covariance.requiredColumns
        let weightValues = try options.weightColumn.map { try data.numeric($0) }
        var frame = try ModelFrame(dataset: consume data, formula: request.formula, groupColumns: clusterColumns, extraParts: .groupings,
                                   acceptsOffset: true, absorbsIntercept: true)
        var weights: [Double]? = nil
        if let column = options.weightColumn, let weightValues { (frame, weights) = try frame.weighted(by: column, values: weightValues) }
        try Self.checkOutcome(frame.response, family: options.family, name: request.formula.responseName)
        let input = PPMLInputSummary(frame)
        var sample = try PPMLSampleSelection(frame: consume frame, weights: consume weights, clusterColumns: clusterColumns, options: options)
        let step = sample.takeStep(options: options)
        let fit = try PPMLFit(sample: sample.sample, step: consume step, options: options)
        var builder = PPMLResultBuilder(request: request, options: options, input: input, selection: sample, fit: consume fit)
        return try builder.result(model: descriptor.name)
    }

    /// Outcomes below zero are an error with their count; an outcome that is zero everywhere has
    /// no PPML estimate.
    static func checkOutcome(_ y: [Double], family: GLMFamily, name: String) throws {
        let negative = y.filter { $0 < 0 }.count
        guard negative == 0 else {
            throw GravityError.invalidInput("The outcome `\(name)` has \(negative) negative value(s); \(family.name) pseudo-maximum likelihood needs outcomes of zero or more (trade in levels, not logs).")
        }
        guard y.contains(where: { $0 > 0 }) else {
            throw GravityError.invalidInput("The outcome `\(name)` is zero in every row used; there is nothing to estimate.")
        }
    }
}

/// Registers the PPML estimator.
public func registerPPMLEstimators(into registry: inout EstimatorRegistry) throws {
    try registry.register(PPMLEstimator())
}
