import GravityCore
import GravityLinearAlgebra
import GravityStatistics

extension PanelTests {
    /// The Hausman test of a consistent estimator (`fe`) against an efficient one (`re`):
    /// `H = (b_c - b_e)' (V_c - V_e)^-1 (b_c - b_e)` over the slopes the two share (the intercept
    /// excluded), chi-square with as many degrees of freedom, as plm's `phtest` and Stata's
    /// `hausman` with classical covariances.
    ///
    /// When `V_c - V_e` is not positive definite, the statistic uses its generalised inverse and
    /// the degrees of freedom are its rank, as Stata's `hausman` does, and the note says so; a
    /// negative statistic is reported as it is, with no p-value, as the data then fail the
    /// test's asymptotic assumptions.
    public static func hausman(consistent: EstimationResult, efficient: EstimationResult) throws -> TestResult {
        let common = consistent.terms.filter { $0 != "(Intercept)" && efficient.terms.contains($0) }
        guard !common.isEmpty else {
            throw GravityError.invalidInput("The `\(consistent.model)` and `\(efficient.model)` results share no slope; the Hausman test compares common coefficients.")
        }
        let c = common.map { consistent.terms.firstIndex(of: $0)! }, e = common.map { efficient.terms.firstIndex(of: $0)! }
        let difference = zip(c, e).map { consistent.estimates[$0] - efficient.estimates[$1] }
        let covariance = consistent.covariance.selecting(rows: c, columns: c) - efficient.covariance.selecting(rows: e, columns: e)
        var remarks: [String] = []
        let statistic: Double, df: Int
        if let inverse = try? symmetricInverse(covariance) {
            statistic = inverse.quadraticForm(difference)
            df = common.count
        } else {
            let generalized = generalizedInverse(covariance)
            statistic = generalized.inverse.quadraticForm(difference)
            df = generalized.rank
            remarks.append("V_\(consistent.model) - V_\(efficient.model) is not positive definite; the statistic uses its generalised inverse with df = its rank (\(df)), as Stata's hausman.")
        }
        let p: Double
        if statistic < 0 || df == 0 {
            p = .nan
            remarks.append("The statistic is negative: the data fail the asymptotic assumptions of the Hausman test, as Stata warns.")
        } else {
            p = ChiSquaredDistribution(degreesOfFreedom: Double(df)).sf(statistic)
        }
        return TestResult.withVerdict(
            name: "Hausman test (\(consistent.model) vs \(efficient.model))", statistic: statistic, df: Double(df), pValue: p,
            distribution: "chi2", level: level,
            rejected: "At 5% the \(consistent.model) and \(efficient.model) estimates differ systematically: \(efficient.model) is inconsistent and \(consistent.model) is favoured.",
            notRejected: "At 5% the \(consistent.model) and \(efficient.model) estimates do not differ systematically: \(efficient.model) is consistent and efficient, and is favoured.",
            remarks: remarks)
    }
}
