/// A hypothesis test reported with a fit or a comparison.
public struct TestResult: Sendable, Equatable {
    /// Short name, such as `F test for individual effects` or `Hausman`.
    public var name: String
    /// The statistic.
    public var statistic: Double
    /// Degrees of freedom (numerator for F), when the distribution has them.
    public var df: Double?
    /// Denominator degrees of freedom of an F test.
    public var df2: Double?
    /// The p-value.
    public var pValue: Double
    /// The reference distribution: `F`, `chi2`, `normal`, `t`, `mixed chi2`.
    public var distribution: String
    /// What the test says at the 5% level, or a remark on how it was computed.
    public var note: String?

    /// A test result. A statistic that is not a finite number has no p-value: `pValue` is then
    /// NA whatever was passed, so that no report pairs a missing statistic with a p-value. Tests
    /// that state a verdict are made with ``withVerdict(name:statistic:df:df2:pValue:distribution:level:rejects:rejected:notRejected:remarks:)``.
    public init(name: String, statistic: Double, df: Double? = nil, df2: Double? = nil, pValue: Double, distribution: String, note: String? = nil) {
        self.name = name
        self.statistic = statistic
        self.df = df
        self.df2 = df2
        self.pValue = statistic.isFinite ? pValue : .nan
        self.distribution = distribution
        self.note = note
    }
}

/// A named statistic of a fit, written with a snake_case key in JSON (`r_squared`, `sigma_u`).
public struct FitStatistic: Sendable, Equatable {
    /// The snake_case key.
    public var key: String
    /// The value.
    public var value: Double

    /// A statistic.
    public init(_ key: String, _ value: Double) {
        self.key = key
        self.value = value
    }
}
