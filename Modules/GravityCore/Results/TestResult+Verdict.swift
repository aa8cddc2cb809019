extension TestResult {
    /// A test whose note states its verdict: `rejected` when the null hypothesis is rejected
    /// (`rejects`, or by default a p-value below `level`), `notRejected` otherwise, after any
    /// `remarks` on how it was computed.
    ///
    /// A statistic or p-value that is not a finite number supports no verdict: the note then says
    /// why the test cannot be read instead, and the p-value is NA. This is the one place where
    /// verdicts meet non-finite numbers, so no test can conclude from NA or Inf.
    public static func withVerdict(name: String, statistic: Double, df: Double? = nil, df2: Double? = nil, pValue: Double,
                                   distribution: String, level: Double = 0.05, rejects: Bool? = nil,
                                   rejected: String, notRejected: String, remarks: [String] = []) -> TestResult {
        let verdict: String
        if let reason = noVerdictReason(statistic: statistic, pValue: pValue) {
            verdict = reason
        } else {
            verdict = (rejects ?? (pValue < level)) ? rejected : notRejected
        }
        return TestResult(name: name, statistic: statistic, df: df, df2: df2, pValue: pValue, distribution: distribution,
                          note: (remarks + [verdict]).joined(separator: " "))
    }

    /// Why a test with this statistic and p-value has no verdict; nil when both are finite.
    public static func noVerdictReason(statistic: Double, pValue: Double) -> String? {
        if statistic.isNaN { return "No verdict: the statistic is undefined (NA)." }
        if statistic.isInfinite {
            return "No verdict: the statistic is infinite (a residual sum of squares or a variance of zero, as in a perfect fit), so its p-value means nothing."
        }
        if !pValue.isFinite { return "No verdict: the p-value is undefined (NA)." }
        return nil
    }
}
