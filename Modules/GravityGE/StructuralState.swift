/// One state of the world in the book's units: outputs, expenditures, multilateral resistances and
/// the flows they imply.
///
/// `outwardResistance` is `OMR_i = Y_i * E_R / exp(pi_i)` and `inwardResistance` is
/// `IMR_j = E_j / (exp(chi_j) * E_R)`, with `E_R` the reference country's expenditure: the powers
/// `Pi^(1-sigma)` (times world output) and `P^(1-sigma)`, with `P_reference^(1-sigma) = 1`.
public struct StructuralState: Sendable {
    /// Output `Y_i` (sales including domestic), one per country.
    public var output: [Double]
    /// Expenditure `E_j`, one per country.
    public var expenditure: [Double]
    /// `OMR_i`, the outward multilateral resistance to the power 1 - sigma (book units).
    public var outwardResistance: [Double]
    /// `IMR_j`, the inward multilateral resistance to the power 1 - sigma, 1 for the reference country.
    public var inwardResistance: [Double]
    /// Bilateral flows implied by the state (exporter rows, importer columns).
    public var flows: BilateralMatrix

    /// A state from its parts.
    public init(output: [Double], expenditure: [Double], outwardResistance: [Double], inwardResistance: [Double], flows: BilateralMatrix) {
        self.output = output
        self.expenditure = expenditure
        self.outwardResistance = outwardResistance
        self.inwardResistance = inwardResistance
        self.flows = flows
    }

    /// The state of a Poisson fit: `Y` and `E` are the fitted flows' row and column sums, the
    /// resistances are read from the fixed effects and `referenceExpenditure`.
    public init(effects: ExporterImporterScaling, costs: BilateralMatrix, referenceExpenditure: Double) {
        let flows = effects.fitted(costs)
        let y = flows.rowSums, e = flows.columnSums
        self.init(output: y, expenditure: e,
                  outwardResistance: zip(y, effects.exporterFactors).map { $0 * referenceExpenditure / $1 },
                  inwardResistance: zip(e, effects.importerFactors).map { $0 / ($1 * referenceExpenditure) },
                  flows: flows)
    }

    /// Exports: sales to other countries.
    public var exports: [Double] { flows.offDiagonalRowSums }
    /// Imports: purchases from other countries.
    public var imports: [Double] { flows.offDiagonalColumnSums }
    /// Domestic sales.
    public var domestic: [Double] { flows.diagonal }

    /// Budget residuals: per country, the flows' row sum over output and column sum over
    /// expenditure, less one (zero in an exact equilibrium).
    public var budgetResiduals: BudgetResiduals {
        BudgetResiduals(output: zip(flows.rowSums, output).map { $0 / $1 - 1 },
                        expenditure: zip(flows.columnSums, expenditure).map { $0 / $1 - 1 })
    }
}

/// How far a state's flows are from its own budgets, per country, as relative errors.
public struct BudgetResiduals: Sendable, Equatable {
    /// `sum_j X_ij / Y_i - 1`.
    public var output: [Double]
    /// `sum_i X_ij / E_j - 1`.
    public var expenditure: [Double]

    /// Residuals from their parts.
    public init(output: [Double], expenditure: [Double]) {
        self.output = output
        self.expenditure = expenditure
    }

    /// The largest absolute residual of either kind.
    public var largest: Double {
        (output + expenditure).map(abs).max() ?? 0
    }
}
