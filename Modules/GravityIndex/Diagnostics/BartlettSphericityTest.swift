import GravityStatistics

/// Bartlett's test that the correlation matrix is the identity (the indicators are uncorrelated).
///
/// `chisq = -((n - 1) - (2p + 5) / 6) log det R` on `p (p - 1) / 2` degrees of freedom, as
/// psych's `cortest.bartlett`. A small p-value says there are correlations for components to
/// summarise.
public struct BartlettSphericityTest: Sendable, Equatable {
    /// The chi-squared statistic.
    public let statistic: Double
    /// The degrees of freedom `p (p - 1) / 2`.
    public let degreesOfFreedom: Int
    /// The upper-tail p-value.
    public let pValue: Double

    /// The test for `variables` indicators over `observations` rows whose correlation matrix has
    /// log-determinant `logDeterminant`.
    public init(logDeterminant: Double, variables p: Int, observations n: Int) {
        statistic = -(Double(n - 1) - Double(2 * p + 5) / 6) * logDeterminant
        degreesOfFreedom = p * (p - 1) / 2
        pValue = ChiSquaredDistribution(degreesOfFreedom: Double(degreesOfFreedom)).sf(statistic)
    }
}
