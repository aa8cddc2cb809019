/// One row of a coefficient table.
public struct CoefficientRow: Sendable, Equatable {
    /// The coefficient's name: `(Intercept)`, a term as written, or a dummy such as `factor(year)2015`.
    public var term: String
    /// The point estimate.
    public var estimate: Double
    /// The standard error.
    public var stdError: Double
    /// The test statistic for a zero coefficient (t or z).
    public var statistic: Double
    /// The two-sided p-value of that test.
    public var pValue: Double
    /// Lower confidence bound.
    public var confLow: Double
    /// Upper confidence bound.
    public var confHigh: Double

    /// A coefficient row.
    public init(term: String, estimate: Double, stdError: Double, statistic: Double, pValue: Double, confLow: Double, confHigh: Double) {
        self.term = term
        self.estimate = estimate
        self.stdError = stdError
        self.statistic = statistic
        self.pValue = pValue
        self.confLow = confLow
        self.confHigh = confHigh
    }
}

/// The reference distribution of coefficient tests: Student t with given degrees of freedom, or normal.
public enum Inference: Sendable, Equatable {
    /// Student t with the given degrees of freedom.
    case studentT(Double)
    /// Standard normal (asymptotic z tests).
    case normal

    /// Name of the statistic: `t` or `z`.
    public var statisticName: String {
        if case .normal = self { return "z" }
        return "t"
    }

    /// The t distribution's degrees of freedom, nil for normal inference.
    public var degreesOfFreedom: Double? {
        if case .studentT(let df) = self { return df }
        return nil
    }
}
