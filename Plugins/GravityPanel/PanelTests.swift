import GravityCore

/// Specification tests that choose among pooled OLS, fixed effects and random effects, computed
/// as R's plm computes them (`pFtest`, `plmtest`, `phtest`) and, where Stata differs, saying how.
///
/// Each result's `note` says in one sentence what the test implies at the 5% level.
public enum PanelTests {
    /// The significance level of the verdicts in the notes.
    public static let level = 0.05

    /// Whether `p` rejects at ``level``.
    static func rejects(_ p: Double) -> Bool { p < level }

    /// The sum of squared residuals and the residual degrees of freedom of a fitted result.
    static func residualSummary(_ result: EstimationResult) throws -> (ssr: Double, df: Double) {
        guard let df = result.statistic("df_residual") else {
            throw GravityError.invalidInput("The `\(result.model)` result reports no residual degrees of freedom; the test needs a least-squares fit.")
        }
        let residuals = result.residuals.compactMap { $0 }
        guard !residuals.isEmpty else {
            throw GravityError.invalidInput("The `\(result.model)` result carries no residuals; the test needs them.")
        }
        return (sumOfSquares(residuals), df)
    }
}
