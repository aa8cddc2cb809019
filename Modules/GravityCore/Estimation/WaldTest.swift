import GravityLinearAlgebra
import GravityStatistics

/// Wald tests that a set of coefficients is jointly zero.
public enum WaldTest {
    /// The Wald statistic `b' V^-1 b` for the coefficients at `indices`, with the F form
    /// (statistic / q on (q, df2)) when `denominatorDF` is given, else chi-square on q.
    /// Returns `nil` when the sub-covariance is not positive definite.
    public static func zeroRestriction(name: String, estimates: [Double], covariance: Matrix, indices: [Int],
                                       denominatorDF: Double?) -> TestResult? {
        guard !indices.isEmpty else { return nil }
        let sub = covariance.selecting(rows: indices, columns: indices)
        guard let inverse = try? symmetricInverse(sub) else { return nil }
        let b = indices.map { estimates[$0] }
        let chi2 = inverse.quadraticForm(b)
        let q = Double(indices.count)
        if let df2 = denominatorDF {
            let f = chi2 / q
            return TestResult(name: name, statistic: f, df: q, df2: df2,
                              pValue: FDistribution(numeratorDegreesOfFreedom: q, denominatorDegreesOfFreedom: df2).sf(f), distribution: "F")
        }
        return TestResult(name: name, statistic: chi2, df: q, pValue: ChiSquaredDistribution(degreesOfFreedom: q).sf(chi2), distribution: "chi2")
    }
}
