import GravityCore
import GravityStatistics

extension PanelTests {
    /// The F test that the effects a within model adds to a restricted model are jointly zero,
    /// `[(SSR_r - SSR_u) / (df_r - df_u)] / [SSR_u / df_u]` on `(df_r - df_u, df_u)` degrees of
    /// freedom, as plm's `pFtest` and Stata's "F test that all u_i=0".
    ///
    /// - Parameters:
    ///   - restricted: SSR and residual df of the model without the effects (pooled OLS, or a
    ///     within model with fewer effects).
    ///   - unrestricted: SSR and residual df of the within model.
    ///   - effects: what the tested effects are, for the name and the verdict ("individual").
    /// - Returns: nil when the restricted model has no more residual df than the within model.
    public static func effectsF(restricted: (ssr: Double, df: Double), unrestricted: (ssr: Double, df: Double),
                                effects: String, alternative: String = "fixed effects are preferred to pooled OLS",
                                null: String = "pooled OLS is not rejected") -> TestResult? {
        let df1 = restricted.df - unrestricted.df, df2 = unrestricted.df
        guard df1 > 0, df2 > 0 else { return nil }
        let f = (restricted.ssr - unrestricted.ssr) / df1 / (unrestricted.ssr / df2)
        let p = FDistribution(numeratorDegreesOfFreedom: df1, denominatorDegreesOfFreedom: df2).sf(f)
        return TestResult.withVerdict(name: "F test for \(effects) effects", statistic: f, df: df1, df2: df2, pValue: p, distribution: "F",
                                      level: level, rejected: "At 5% the \(effects) effects are jointly significant: \(alternative).",
                                      notRejected: "At 5% the \(effects) effects are not jointly significant: \(null).")
    }

    /// The F test for effects from two fitted results: `within` (an `fe` fit) against
    /// `restricted` (an `ols` fit, or an `fe` fit with fewer effects), from their residuals and
    /// `df_residual` statistics, as `plm::pFtest(within, restricted)`.
    public static func effectsF(within: EstimationResult, restricted: EstimationResult, effects: String = "individual") throws -> TestResult {
        let unrestricted = try residualSummary(within), pooled = try residualSummary(restricted)
        guard let test = effectsF(restricted: pooled, unrestricted: unrestricted, effects: effects) else {
            throw GravityError.invalidInput("The `\(restricted.model)` model has no more residual degrees of freedom (\(Int(pooled.df))) than the `\(within.model)` model (\(Int(unrestricted.df))); the F test needs a restricted model.")
        }
        return test
    }
}
