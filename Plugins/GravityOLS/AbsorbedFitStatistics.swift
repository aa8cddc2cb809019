import GravityCore
import GravityFixedEffects

/// Fit statistics of least squares with absorbed fixed effects, as pyfixest and fixest report them.
///
/// With `N` rows, `k` coefficients and `F` = fixed-effect levels less one per dimension after
/// the first (fixest's count):
/// - R-squared `1 - SSR/TSS` (TSS about the weighted mean) and adjusted `1 - (1-R2)(N-1)/(N-k-F)`;
/// - within R-squared `1 - SSR/TSS_within` (TSS of the demeaned response) and adjusted
///   `1 - (1-R2w)(N-F)/(N-k-F)`;
/// - sigma `sqrt(SSR/df)` with the residual degrees of freedom `df = N - k - absorbed` (absorbed
///   exact for one and two dimensions).
struct AbsorbedFitStatistics {
    let rSquared: Double, adjustedRSquared: Double
    let withinRSquared: Double, adjustedWithinRSquared: Double
    let sigma: Double, dfResidual: Int

    /// - Parameter ssr: the weighted residual sum of squares.
    init(response: [Double], demeanedResponse: ArraySlice<Double>, residualSumOfSquares ssr: Double, weights: [Double]?, rank: Int,
         absorbed: AbsorbedDegreesOfFreedom) {
        let n = response.count
        func weight(_ i: Int) -> Double { weights?[i] ?? 1 }
        var totalWeight = 0.0, weightedSum = 0.0, withinTotal = 0.0
        let start = demeanedResponse.startIndex
        for i in 0..<n {
            totalWeight += weight(i)
            weightedSum += weight(i) * response[i]
            withinTotal += weight(i) * demeanedResponse[start + i] * demeanedResponse[start + i]
        }
        let mean = weightedSum / totalWeight
        var total = 0.0
        for i in 0..<n { total += weight(i) * (response[i] - mean) * (response[i] - mean) }
        let fixest = Double(absorbed.fixestCount(nested: absorbed.levelCounts.map { _ in false }))
        let nd = Double(n), k = Double(rank)
        rSquared = 1 - ssr / total
        adjustedRSquared = 1 - (1 - rSquared) * (nd - 1) / (nd - k - fixest)
        withinRSquared = 1 - ssr / withinTotal
        adjustedWithinRSquared = 1 - (1 - withinRSquared) * (nd - fixest) / (nd - k - fixest)
        dfResidual = n - rank - absorbed.total
        sigma = (ssr / Double(dfResidual)).squareRoot()
    }

    /// The statistics under their JSON keys, in display order.
    func values(nobs: Int) -> [FitStatistic] {
        [FitStatistic("r_squared", rSquared), FitStatistic("adj_r_squared", adjustedRSquared),
         FitStatistic("r_squared_within", withinRSquared), FitStatistic("adj_r_squared_within", adjustedWithinRSquared),
         FitStatistic("sigma", sigma), FitStatistic("df_residual", Double(dfResidual)), FitStatistic("nobs", Double(nobs))]
    }
}
