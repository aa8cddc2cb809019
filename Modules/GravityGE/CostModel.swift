import Foundation
import GravityCore
import GravityLinearAlgebra

/// Trade costs `t_ij^(1-sigma) = exp(sum_k b_k x_k,ij)` from estimated coefficients: the cost terms'
/// values in the baseline and in the counterfactual, so that costs can be rebuilt for any draw of
/// the coefficients.
public struct CostModel: Sendable {
    /// The cost terms as written (`log(DIST)`, `CNTG`, `INTL_BRDR`).
    public var terms: [String]
    /// Their estimated coefficients.
    public var coefficients: [Double]
    /// The coefficients' estimated covariance (as the baseline fit computed it).
    public var covariance: Matrix
    /// Each term's baseline values, as a bilateral matrix.
    var baselineValues: [BilateralMatrix]
    /// Each term's counterfactual values.
    var counterfactualValues: [BilateralMatrix]

    /// Baseline and counterfactual costs for the coefficients `b` (the estimates by default).
    public func costs(_ b: [Double]? = nil) -> (baseline: BilateralMatrix, counterfactual: BilateralMatrix) {
        let b = b ?? coefficients
        func build(_ values: [BilateralMatrix]) -> BilateralMatrix {
            var index = [Double](repeating: 0, count: values[0].values.count)
            for (k, term) in values.enumerated() {
                let bk = b[k]
                for p in index.indices { index[p] += bk * term.values[p] }
            }
            return BilateralMatrix(count: values[0].count, values: index.map { exp($0) })
        }
        return (build(baselineValues), build(counterfactualValues))
    }

    /// The values of each numeric term of `part` in every row of `data` (products for `a:b`).
    static func termValues(_ part: FormulaPart, in data: Dataset) throws -> [[Double]] {
        try part.terms.map { term in
            var product = [Double](repeating: 1, count: data.rowCount)
            for factor in term.factors {
                if factor.isFactor {
                    throw GravityError.invalidInput("The cost term `\(term.name)` is a factor; cost terms must be numeric (dummies written as 0/1 columns).")
                }
                let values = try data.evaluate(factor)
                for i in product.indices { product[i] *= values[i] }
            }
            return product
        }
    }
}
