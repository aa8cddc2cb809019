import GravityCore
import GravityLinearAlgebra

/// The Battese-Coelli (1995) inefficiency-effects frontier `y_i = x_i'b + v_i - u_i` with
/// `u_i ~ N+(z_i'delta, sigma_u^2)`: the determinants `z` come after `|` in the formula
/// (`log(trade) ~ log(gdp_o) + log(dist) | rta + wto`), with an intercept unless the part says `- 1`.
///
/// The `delta` coefficients are reported as `Z_<term>`, positive values raising inefficiency.
/// Estimation, standard errors and output are those of ``SFAEstimator``; with `--id` and `--time`
/// the efficiencies carry unit and period.
///
/// Example: `gravity fit trade.csv --model sfa-bc95 --formula "log(trade) ~ log(gdp_o) + log(gdp_d) + log(dist) | rta"`
public struct BC95Estimator: Estimator {
    /// Creates the estimator.
    public init() {}

    /// Name `sfa-bc95`.
    public var descriptor: EstimatorDescriptor {
        EstimatorDescriptor(name: "sfa-bc95", aliases: ["bc95"],
                            summary: "Battese-Coelli (1995) frontier with inefficiency determinants after |",
                            options: [FrontierOptions.efficiency, FrontierOptions.maxIterations])
    }

    /// Fits the model.
    public func fit(_ data: Dataset, request: FitRequest, options: EstimatorOptions) throws -> EstimationResult {
        let (efficiency, maxIterations) = try FrontierOptions.read(options)
        guard request.formula.extraParts.count == 1 else {
            throw GravityError.invalidInput("`sfa-bc95` takes the inefficiency determinants as one part after `|`, as in `y ~ x1 + x2 | z1 + z2`; the formula has \(request.formula.extraParts.count) such parts.")
        }
        let groupColumns = request.panel.map { [$0.unit, $0.time] } ?? []
        let frame = try ModelFrame(dataset: data, formula: request.formula, groupColumns: groupColumns, extraParts: .designs)
        if let panel = request.panel { _ = try PanelStructure(frame: frame, specification: panel) }
        let ols = try OLSStart(response: frame.response, design: frame.design)
        let determinants = frame.extraDesigns[0]
        let kept = determinants.matrix.columns == 0 ? [] : QRDecomposition(determinants.matrix).keptColumns
        let keptZ = kept.map { determinants.columnNames[$0] }
        let omittedZ = determinants.columnNames.indices.filter { !kept.contains($0) }
            .map { BilingualText("Inefficiency determinant `\(determinants.columnNames[$0])` omitted because of collinearity.",
                                 chinese: "无效率决定因素 `\(determinants.columnNames[$0])` 因共线性被剔除。") }
        let likelihood = TruncatedNormalLikelihood(response: frame.response, design: ols.fit.design,
                                                   determinants: determinants.matrix.selectingColumns(kept))
        try FrontierOptions.requireObservations(frame.observationCount, parameters: likelihood.layout.count, model: descriptor.name)
        let names = likelihood.layout.names(frontierTerms: ols.fit.terms, determinantTerms: keptZ)
        let estimate = try FrontierEstimation(likelihood: likelihood, ols: ols, exponential: false, muBound: 0,
                                              maxIterations: maxIterations, names: names).run()
        return FrontierReport(model: descriptor.name, request: request, frame: frame, ols: ols, estimate: estimate,
                              frontierTerms: ols.fit.terms, determinantTerms: keptZ,
                              description: BilingualText(
                                "Battese-Coelli (1995) inefficiency-effects frontier, u_i ~ N+(z_i'delta, sigma_u^2), z: \(keptZ.isEmpty ? "none (half-normal)" : keptZ.joined(separator: ", ")).",
                                chinese: "Battese-Coelli (1995) 无效率效应前沿模型，uᵢ ~ N⁺(zᵢ′δ, σᵤ²)，决定因素：\(keptZ.isEmpty ? "无（半正态）" : keptZ.joined(separator: "，"))。"),
                              efficiency: efficiency, reportsVarianceOfU: false, exponential: false,
                              extraNotes: ols.fit.omissions + omittedZ, extraStatistics: []).result()
    }
}
