import GravityCore
import GravityLinearAlgebra

/// PPML standard errors: the bread (X' diag(mu) X)^-1, and the score y - mu for the sandwiches.
struct PPMLCovariance {
    let matrix: Matrix
    let label: String

    init(specification: CovarianceSpecification, irls: IteratedReweightedLeastSquares, frame: ModelFrame) throws {
        let n = Double(frame.observationCount)
        let scores = zip(frame.response, irls.mean).map { $0 - $1 }
        switch specification {
        case .classical:
            matrix = irls.bread
            label = "classical (inverse Fisher information, Poisson variance)"
        case .heteroskedastic(let type):
            let meat = Sandwich.heteroskedasticMeat(design: irls.design, residuals: scores)
            let v = Sandwich.sandwich(bread: irls.bread, meat: meat)
            switch type {
            case .hc0:
                matrix = v
                label = "heteroskedasticity-robust HC0 (no small-sample factor)"
            case .hc1:
                matrix = (n / (n - 1)) * v
                label = "heteroskedasticity-robust, factor N/(N-1) as Stata poisson vce(robust)"
            case .hc2, .hc3:
                throw GravityError.invalidOption("PPML supports classical, hc0, hc1 and cluster standard errors, not \(type.rawValue).")
            }
        case .cluster(let columns):
            let groupings = columns.map { frame.groups[$0]! }
            matrix = RobustCovariance.cluster(design: irls.design, residuals: scores, bread: irls.bread, clusters: groupings) { g in
                Double(g) / Double(g - 1)
            }
            label = "cluster-robust by \(columns.joined(separator: " and ")), factor G/(G-1) as ppmlhdfe"
        }
    }
}
