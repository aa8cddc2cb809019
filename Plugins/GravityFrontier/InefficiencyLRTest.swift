import Foundation
import GravityCore
import GravityStatistics

/// The likelihood-ratio test of no inefficiency: `gamma = 0` together with every other inefficiency
/// parameter (`mu`, `eta`, the `Z_` coefficients), the frontier against OLS.
///
/// `gamma = 0` lies on the boundary of the parameter space, so the statistic is not chi-squared
/// under the null. The p-value is the one R's frontier (`lrtest`) reports, from the mixture
/// `½ chi2(0) + ½ chi2(1)` for one restriction and `¼ chi2(df-2) + ½ chi2(df-1) + ¼ chi2(df)` for
/// more; the note adds the Kodde and Palm (1986) critical values, those of `½ chi2(df-1) + ½ chi2(df)`.
public enum InefficiencyLRTest {
    /// The test of the frontier (log-likelihood `frontier`) against OLS (`ols`) with `restrictions` restrictions.
    public static func test(frontier: Double, ols: Double, restrictions: Int) -> TestResult {
        let statistic = 2 * (frontier - ols)
        let p = pValue(statistic: statistic, restrictions: restrictions)
        let critical5 = koddePalmCriticalValue(restrictions: restrictions, level: 0.05)
        let critical1 = koddePalmCriticalValue(restrictions: restrictions, level: 0.01)
        let remark = "H0: gamma = 0 (no inefficiency), \(restrictions) restriction(s); p-value from the mixed chi-square as R frontier::lrtest; "
            + String(format: "Kodde-Palm critical values %.3f (5%%) and %.3f (1%%):", critical5, critical1)
        return TestResult.withVerdict(name: "LR test of no inefficiency (frontier vs OLS)", statistic: statistic, df: Double(restrictions),
                                      pValue: p, distribution: "mixed chi2", rejects: statistic > critical5,
                                      rejected: "no inefficiency rejected at 5%", notRejected: "no inefficiency not rejected at 5%",
                                      remarks: [remark])
    }

    /// The p-value of `statistic` under the mixed chi-square R's frontier uses.
    public static func pValue(statistic: Double, restrictions: Int) -> Double {
        if restrictions == 1 {
            return 0.5 * chiSquaredTail(statistic, degreesOfFreedom: 0) + 0.5 * chiSquaredTail(statistic, degreesOfFreedom: 1)
        }
        return 0.25 * chiSquaredTail(statistic, degreesOfFreedom: restrictions - 2)
            + 0.5 * chiSquaredTail(statistic, degreesOfFreedom: restrictions - 1)
            + 0.25 * chiSquaredTail(statistic, degreesOfFreedom: restrictions)
    }

    /// The Kodde-Palm critical value at `level`: the `c` with `½ P(chi2(df-1) > c) + ½ P(chi2(df) > c) = level`.
    public static func koddePalmCriticalValue(restrictions: Int, level: Double) -> Double {
        func tail(_ c: Double) -> Double {
            0.5 * chiSquaredTail(c, degreesOfFreedom: restrictions - 1) + 0.5 * chiSquaredTail(c, degreesOfFreedom: restrictions)
        }
        var low = 0.0, high = 1.0
        while tail(high) > level { high *= 2 }
        for _ in 0..<200 {
            let middle = 0.5 * (low + high)
            if tail(middle) > level { low = middle } else { high = middle }
            if high - low <= 1e-13 * high { break }
        }
        return 0.5 * (low + high)
    }

    /// `P(chi2(df) > x)`, with `chi2(0)` the point mass at zero (`P(chi2(0) >= x)` for `x <= 0`).
    private static func chiSquaredTail(_ x: Double, degreesOfFreedom: Int) -> Double {
        if x <= 0 { return 1 }
        if degreesOfFreedom == 0 { return 0 }
        return ChiSquaredDistribution(degreesOfFreedom: Double(degreesOfFreedom)).sf(x)
    }
}
