import GravityLinearAlgebra

/// Heteroskedasticity- and cluster-robust covariance matrices for linear estimators.
public enum RobustCovariance {
    /// HC0-HC3 for a least-squares fit: `bread` is (X'X)^-1 of the kept columns.
    /// HC1 scales HC0 by n/(n - k); HC2 and HC3 weight squared residuals by 1/(1-h) and 1/(1-h)^2.
    public static func heteroskedastic(_ type: CovarianceSpecification.HCType, design: Matrix, residuals: [Double],
                                       bread: Matrix, dfResidual: Int) -> Matrix {
        Sandwich.equilibrated(design: design, residuals: residuals, bread: bread) { design, residuals, bread in
            hcSandwich(type, design: design, residuals: residuals, bread: bread, dfResidual: dfResidual)
        }
    }

    private static func hcSandwich(_ type: CovarianceSpecification.HCType, design: Matrix, residuals: [Double],
                                   bread: Matrix, dfResidual: Int) -> Matrix {
        let n = design.rows
        var weights: [Double]? = nil
        switch type {
        case .hc0, .hc1: break
        case .hc2, .hc3:
            let h = Sandwich.leverages(design: design, bread: bread)
            let power = type == .hc2 ? 1.0 : 2.0
            weights = h.map { 1 / pow1m($0, power) }
        }
        let meat = Sandwich.heteroskedasticMeat(design: design, residuals: residuals, weights: weights)
        let v = Sandwich.sandwich(bread: bread, meat: meat)
        return type == .hc1 ? (Double(n) / Double(dfResidual)) * v : v
    }

    /// Cluster-robust covariance by one to four groupings; with several, Cameron, Gelbach and
    /// Miller's inclusion-exclusion over the intersections (`V_a + V_b - V_ab` for two).
    /// `factor(G)` is the small-sample factor applied to the sandwich of a grouping (or an
    /// intersection) with G clusters (for example G/(G-1) * (n-1)/(n-k)).
    public static func cluster(design: Matrix, residuals: [Double], bread: Matrix, clusters: [Grouping],
                               factor: (Int) -> Double) -> Matrix {
        Sandwich.equilibrated(design: design, residuals: residuals, bread: bread) { design, residuals, bread in
            clusterSandwich(design: design, residuals: residuals, bread: bread, clusters: clusters, factor: factor)
        }
    }

    private static func clusterSandwich(design: Matrix, residuals: [Double], bread: Matrix, clusters: [Grouping],
                                        factor: (Int) -> Double) -> Matrix {
        inclusionExclusion(bread: bread, clusters: clusters, factor: factor) { grouping in
            Sandwich.clusterMeat(design: design, residuals: residuals, clusters: grouping.codes, clusterCount: grouping.count)
        }
    }

    /// Cameron, Gelbach and Miller's sum over the non-empty subsets of `clusters` (one to four):
    /// each subset's intersection gives a sandwich with `meat(grouping)`, scaled by
    /// `factor(G)`, added for odd subsets and subtracted for even ones.
    static func inclusionExclusion(bread: Matrix, clusters: [Grouping], factor: (Int) -> Double,
                                   meat: (Grouping) -> Matrix) -> Matrix {
        precondition((1...4).contains(clusters.count), "Clustering takes one to four groupings")
        var total = Matrix(rows: bread.rows, columns: bread.columns)
        for subset in 1..<(1 << clusters.count) {
            let members = clusters.indices.filter { subset & (1 << $0) != 0 }
            let grouping = members.dropFirst().reduce(clusters[members[0]]) { $0.intersected(with: clusters[$1]) }
            let term = factor(grouping.count) * Sandwich.sandwich(bread: bread, meat: meat(grouping))
            total = members.count % 2 == 1 ? total + term : total - term
        }
        return total
    }

    private static func pow1m(_ h: Double, _ power: Double) -> Double {
        power == 1 ? (1 - h) : (1 - h) * (1 - h)
    }
}
