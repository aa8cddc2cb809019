import GravityCore

/// Everything a general-equilibrium counterfactual needs once trade costs are known: the countries,
/// observed flows (domestic flows on the diagonal), baseline and counterfactual costs as
/// `t_ij^(1-sigma)`, the elasticity of substitution and the reference country.
public struct GEInput: Sendable {
    /// Country labels, in matrix order.
    public var countries: [String]
    /// Observed flows, exporter rows and importer columns, domestic flows on the diagonal.
    public var trade: BilateralMatrix
    /// Baseline costs `t_ij^(1-sigma)`.
    public var baselineCosts: BilateralMatrix
    /// Counterfactual costs `t_ij^(1-sigma)`.
    public var counterfactualCosts: BilateralMatrix
    /// The elasticity of substitution (greater than 1).
    public var sigma: Double
    /// Index of the reference country, whose inward resistance is the numeraire.
    public var reference: Int

    /// Checks the input: sigma above 1, every country with a positive domestic flow and positive
    /// sales and purchases, costs positive and finite; each failure names the country.
    public init(countries: [String], trade: BilateralMatrix, baselineCosts: BilateralMatrix,
                counterfactualCosts: BilateralMatrix, sigma: Double, reference: Int) throws {
        let n = countries.count
        precondition(trade.count == n && baselineCosts.count == n && counterfactualCosts.count == n, "Matrices must match the countries")
        guard sigma.isFinite && sigma > 1 else {
            throw GravityError.invalidOption("The elasticity of substitution must exceed 1 (sigma = \(sigma) makes t^(1-sigma) and the price index undefined); the book uses 7.")
        }
        guard n >= 2 else { throw GravityError.invalidInput("A counterfactual needs at least two countries; the data hold \(n).") }
        try Self.checkFlows(trade, countries: countries)
        for (label, costs) in [("baseline", baselineCosts), ("counterfactual", counterfactualCosts)] {
            for (k, value) in costs.values.enumerated() where !(value.isFinite && value > 0) {
                throw GravityError.invalidInput("The \(label) cost t^(1-sigma) from \(countries[k / n]) to \(countries[k % n]) is \(value); it must be positive and finite.")
            }
        }
        self.countries = countries
        self.trade = trade
        self.baselineCosts = baselineCosts
        self.counterfactualCosts = counterfactualCosts
        self.sigma = sigma
        self.reference = reference
    }

    /// Checks observed flows: finite and non-negative, and every country with positive sales,
    /// purchases and domestic flow (otherwise its fixed effects are not identified).
    public static func checkFlows(_ trade: BilateralMatrix, countries: [String]) throws {
        let n = countries.count
        for (i, value) in trade.values.enumerated() where !(value.isFinite && value >= 0) {
            throw GravityError.invalidInput("Trade from \(countries[i / n]) to \(countries[i % n]) is \(value); flows must be finite and non-negative.")
        }
        let sales = trade.rowSums, purchases = trade.columnSums
        for i in 0..<n {
            guard sales[i] > 0 else {
                throw GravityError.invalidInput("\(countries[i]) sells nothing (all its exports and its domestic flow are zero); drop it, its fixed effect is not identified.")
            }
            guard purchases[i] > 0 else {
                throw GravityError.invalidInput("\(countries[i]) buys nothing (all its imports and its domestic flow are zero); drop it, its fixed effect is not identified.")
            }
            guard trade[i, i] > 0 else {
                throw GravityError.invalidInput("\(countries[i]) has no domestic flow (its internal trade is zero or missing); structural gravity needs domestic sales to measure output and expenditure.")
            }
        }
    }

    /// Output `Y_i`: observed sales including domestic ones.
    public var output: [Double] { trade.rowSums }
    /// Expenditure `E_j`: observed purchases including domestic ones.
    public var expenditure: [Double] { trade.columnSums }
}
