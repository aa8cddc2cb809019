import GravityCore

/// Where the trade costs of a counterfactual come from.
public enum CostSource: Sendable {
    /// Estimated: a PPML of trade on `terms` (the right-hand side of a formula) with exporter and
    /// importer fixed effects, through the registry; the scenario changes columns the terms read.
    case estimated(terms: String, scenario: [ScenarioChange])
    /// Given: two columns holding `t_ij^(1-sigma)` in the baseline and the counterfactual.
    case given(baseline: String, counterfactual: String)
}

/// How to read a counterfactual from a country-pair table.
public struct GEDataSpecification: Sendable {
    /// The exporter column.
    public var exporter: String
    /// The importer column.
    public var importer: String
    /// The trade-flow column (domestic flows included, zeros kept).
    public var trade: String
    /// Where the costs come from.
    public var costs: CostSource
    /// The elasticity of substitution.
    public var sigma: Double = 7
    /// The reference country; by default the last in sorted order (the book recodes Germany ZZZ so
    /// that it is last and its importer dummy is the one Stata omits).
    public var reference: String? = nil
    /// The estimator run for the baseline, by registered name.
    public var estimator: String = "ppml"
    /// Options of the baseline estimator (`tolerance=1e-12`).
    public var estimatorOptions: [String: String] = [:]
    /// The covariance of the baseline fit (its sampling distribution drives the bootstrap).
    public var covariance: CovarianceSpecification = .heteroskedastic(.hc1)
    /// The sector column: each sector gets its own costs, elasticity and fixed effects, and the
    /// sectors are solved jointly (``SectorCounterfactual``); nil for one sector.
    public var sector: String? = nil
    /// Elasticities of substitution of particular sectors, by sector label; the others use `sigma`.
    public var sectorSigmas: [String: Double] = [:]

    /// A specification; sigma 7, the last country as reference, PPML with robust standard errors.
    public init(exporter: String, importer: String, trade: String, costs: CostSource) {
        self.exporter = exporter
        self.importer = importer
        self.trade = trade
        self.costs = costs
    }
}

/// A counterfactual ready to solve: the input, and for estimated costs the baseline fit and the
/// cost model the bootstrap redraws.
public struct PreparedCounterfactual: Sendable {
    /// Flows, costs, sigma and reference.
    public var input: GEInput
    /// The baseline PPML, when costs were estimated.
    public var baselineFit: EstimationResult?
    /// The cost terms and coefficients, when costs were estimated.
    public var costModel: CostModel?

    /// Reads `data` as `specification` says (one sector: its `sector` is ignored); estimated costs
    /// are fitted with the registry's estimator. `rowNumbers` name `data`'s rows in messages;
    /// `requireChange` (true for one sector) rejects a counterfactual that changes no cost.
    public init(_ data: Dataset, specification spec: GEDataSpecification, registry: EstimatorRegistry,
                rowNumbers: [Int]? = nil, requireChange: Bool = true) throws {
        let layout = try BilateralLayout(data, exporter: spec.exporter, importer: spec.importer, rowNumbers: rowNumbers)
        let trade = try layout.matrix(try data.numeric(spec.trade), label: "Trade (`\(spec.trade)`)")
        let reference = try spec.reference.map { try layout.index(of: $0) } ?? layout.countries.count - 1
        try GEInput.checkFlows(trade, countries: layout.countries)
        let baseline: BilateralMatrix, counterfactual: BilateralMatrix
        switch spec.costs {
        case .given(let baselineColumn, let counterfactualColumn):
            baseline = try layout.matrix(try data.numeric(baselineColumn), label: "The cost `\(baselineColumn)`")
            counterfactual = try layout.matrix(try data.numeric(counterfactualColumn), label: "The cost `\(counterfactualColumn)`")
            guard baseline != counterfactual || !requireChange else {
                throw GravityError.invalidInput("`\(baselineColumn)` and `\(counterfactualColumn)` are equal in every row: the counterfactual changes nothing.")
            }
        case .estimated(let terms, let scenario):
            guard !scenario.isEmpty else {
                throw GravityError.invalidOption("Say what changes: give --scenario column=expression (for example INTL_BRDR=0), or give --costs and --counterfactual-costs.")
            }
            let formula = try Formula("\(Self.quoted(spec.trade)) ~ \(terms) | \(Self.quoted(spec.exporter)) + \(Self.quoted(spec.importer))")
            var changed = data
            for change in scenario {
                guard formula.rhs.variables.contains(change.column) else {
                    _ = try data.column(change.column)
                    throw GravityError.invalidInput("The scenario changes `\(change.column)`, which no cost term uses (\(formula.rhs.variables.joined(separator: ", "))); it would change nothing.")
                }
                changed = try change.apply(to: changed, requireChange: requireChange)
            }
            let baselineTerms = try CostModel.termValues(formula.rhs, in: data).enumerated().map { k, values in
                try layout.matrix(values, label: "The cost term `\(formula.rhs.terms[k].name)`")
            }
            let counterfactualTerms = try CostModel.termValues(formula.rhs, in: changed).enumerated().map { k, values in
                try layout.matrix(values, label: "The counterfactual cost term `\(formula.rhs.terms[k].name)`")
            }
            guard baselineTerms != counterfactualTerms || !requireChange else {
                throw GravityError.invalidInput("The scenario leaves every cost term unchanged: the counterfactual changes nothing.")
            }
            let fit = try registry.estimator(named: spec.estimator).fit(data, request: FitRequest(formula: formula, covariance: spec.covariance, options: spec.estimatorOptions))
            let names = formula.rhs.terms.map(\.name)
            let indices = try names.map { name in
                guard let k = fit.terms.firstIndex(of: name), fit.estimates[k].isFinite else {
                    throw GravityError.invalidInput("The baseline \(spec.estimator) reports no coefficient for the cost term `\(name)` (dropped as collinear with the fixed effects?); remove it from the cost terms.")
                }
                return k
            }
            let model = CostModel(terms: names, coefficients: indices.map { fit.estimates[$0] },
                                  covariance: fit.covariance.selecting(rows: indices, columns: indices),
                                  baselineValues: baselineTerms, counterfactualValues: counterfactualTerms)
            (baseline, counterfactual) = model.costs()
            baselineFit = fit
            costModel = model
        }
        input = try GEInput(countries: layout.countries, trade: trade, baselineCosts: baseline, counterfactualCosts: counterfactual,
                            sigma: spec.sigma, reference: reference)
    }

    /// A column name back-quoted for a formula when it is not a plain identifier.
    private static func quoted(_ name: String) -> String {
        name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." } ? name : "`\(name)`"
    }
}
