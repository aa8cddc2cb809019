/// Observations, mean, standard deviation, minimum and maximum of one variable or expression.
public struct VariableSummary: Sendable, Equatable {
    /// The variable or expression as written (`trade`, `log(gdp_o)`).
    public var name: String
    /// Number of non-missing (and defined) values.
    public var count: Int
    /// Number of missing or undefined values.
    public var missing: Int
    /// Mean.
    public var mean: Double
    /// Sample standard deviation (n - 1 denominator, as Stata and R).
    public var standardDeviation: Double
    /// Minimum.
    public var minimum: Double
    /// Maximum.
    public var maximum: Double

    /// Summarises the finite values of `values`.
    ///
    /// The values are divided by the power of two nearest their largest magnitude before the
    /// mean and the squared deviations are accumulated (Welford), and the results multiplied
    /// back: exact in binary, so the mean and standard deviation of values near 1e300 or 1e-200
    /// neither overflow nor underflow.
    public init(name: String, values: [Double]) {
        self.name = name
        var largest = 0.0
        var minimum = Double.infinity, maximum = -Double.infinity
        for v in values where v.isFinite {
            largest = Swift.max(largest, Swift.abs(v))
            minimum = Swift.min(minimum, v)
            maximum = Swift.max(maximum, v)
        }
        let exponent = largest > 0 ? Int(largest.exponent) : 0
        let down = Double(sign: .plus, exponent: -exponent, significand: 1)
        var count = 0
        var mean = 0.0, m2 = 0.0
        for v in values where v.isFinite {
            count += 1
            let scaled = v * down
            let delta = scaled - mean
            mean += delta / Double(count)
            m2 += delta * (scaled - mean)
        }
        self.count = count
        self.missing = values.count - count
        self.mean = count > 0 ? Double(sign: .plus, exponent: exponent, significand: mean) : .nan
        self.standardDeviation = count > 1 ? Double(sign: .plus, exponent: exponent, significand: (m2 / Double(count - 1)).squareRoot()) : .nan
        self.minimum = count > 0 ? minimum : .nan
        self.maximum = count > 0 ? maximum : .nan
    }
}

/// Descriptive statistics of columns or expressions of a dataset.
public enum DescriptiveStatistics {
    /// Summaries of each expression in `expressions` (column names or formula expressions such as
    /// `log(trade)`); with no expressions, every numeric column.
    public static func summarize(_ dataset: Dataset, expressions: [String] = []) throws -> [VariableSummary] {
        let names = expressions.isEmpty ? dataset.names.filter { (try? dataset.numeric($0)) != nil } : expressions
        var evaluator = ExpressionEvaluator(dataset: dataset)
        return try names.map { text in
            let values: [Double]
            if dataset.hasColumn(text) {
                values = try dataset.numeric(text)
            } else {
                let formula = try Formula("\(text) ~ 1")
                values = try evaluator.numeric(formula.response, label: text)
            }
            return VariableSummary(name: text, values: values)
        }
    }
}
