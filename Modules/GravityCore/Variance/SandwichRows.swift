import GravityLinearAlgebra

/// What the covariance path reads from a fit: the residual sum of squares and the meat of the
/// heteroskedasticity- and cluster-robust sandwiches. A stored design with its residuals
/// (``DesignAndResiduals``) and a fit that computes its residuals per row (``ResidualRows``)
/// both provide it, so ``CovarianceEstimate`` applies one set of conventions to either.
protocol SandwichRows {
    /// Number of observations.
    var rowCount: Int { get }
    /// Number of coefficients.
    var columnCount: Int { get }
    /// `sum_i u_i^2` of the (weighted) residuals.
    func residualSumOfSquares() -> Double
    /// The HC0, HC2 or HC3 sandwich (HC1 is HC0 scaled by the caller).
    func heteroskedastic(_ type: CovarianceSpecification.HCType, bread: Matrix, dfResidual: Int) -> Matrix
    /// The cluster-robust sandwich by one to four groupings (``RobustCovariance/cluster(design:residuals:bread:clusters:factor:)``).
    func cluster(bread: Matrix, clusters: [Grouping], factor: (Int) -> Double) -> Matrix
}

/// A stored design (one column per coefficient) and its residuals, scaled by `sqrt(w)` when weighted.
struct DesignAndResiduals: SandwichRows {
    let design: Matrix
    let residuals: [Double]

    var rowCount: Int { design.rows }
    var columnCount: Int { design.columns }

    func residualSumOfSquares() -> Double { residuals.reduce(0) { $0 + $1 * $1 } }

    func heteroskedastic(_ type: CovarianceSpecification.HCType, bread: Matrix, dfResidual: Int) -> Matrix {
        RobustCovariance.heteroskedastic(type, design: design, residuals: residuals, bread: bread, dfResidual: dfResidual)
    }

    func cluster(bread: Matrix, clusters: [Grouping], factor: (Int) -> Double) -> Matrix {
        RobustCovariance.cluster(design: design, residuals: residuals, bread: bread, clusters: clusters, factor: factor)
    }
}

extension ResidualRows: SandwichRows {
    func heteroskedastic(_ type: CovarianceSpecification.HCType, bread: Matrix, dfResidual: Int) -> Matrix {
        let power: Int
        switch type {
        case .hc0, .hc1: power = 0
        case .hc2: power = 1
        case .hc3: power = 2
        }
        return Sandwich.sandwich(bread: bread, meat: heteroskedasticMeat(bread: bread, leveragePower: power))
    }

    func cluster(bread: Matrix, clusters: [Grouping], factor: (Int) -> Double) -> Matrix {
        RobustCovariance.inclusionExclusion(bread: bread, clusters: clusters, factor: factor) { grouping in
            clusterScores(codes: grouping.codes, clusterCount: grouping.count).crossProduct()
        }
    }
}
