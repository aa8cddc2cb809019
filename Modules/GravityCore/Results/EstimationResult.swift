import Foundation
import GravityLinearAlgebra
import GravityStatistics

/// What every estimator returns: one type, so that tables, comparisons, JSON and charts are written
/// once for all plug-ins.
public struct EstimationResult: Sendable {
    /// The estimator's registered name.
    public var model: String
    /// The formula as written.
    public var formula: String
    /// The response as written in the formula (`log(trade)`).
    public var responseName: String
    /// Number of observations used.
    public var nobs: Int
    /// A description of how the covariance was computed.
    public var covarianceLabel: String
    /// The coefficient names, in order.
    public var terms: [String]
    /// The estimates, in the order of `terms`.
    public var estimates: [Double]
    /// Their covariance matrix.
    public var covariance: Matrix
    /// The reference distribution of the coefficient tests.
    public var inference: Inference
    /// Level of the confidence intervals.
    public var confidenceLevel: Double
    /// The coefficient table.
    public private(set) var coefficients: [CoefficientRow]
    /// Fit statistics in display order.
    public var statistics: [FitStatistic]
    /// Tests reported with the fit.
    public var tests: [TestResult]
    /// Fitted values of the response (on the formula's scale), one per input row, `nil` where the row was not used.
    public var fitted: RowAlignedValues
    /// Residuals, one per input row, `nil` where the row was not used.
    public var residuals: RowAlignedValues
    /// Dropped rows, omitted collinear terms, conventions and warnings, in English and, where the
    /// code that wrote them translated them, Chinese; reports pick the language, JSON keeps English.
    public var bilingualNotes: [BilingualText]
    /// The notes in English (what JSON carries); setting them keeps the Chinese of the notes that remain.
    public var notes: [String] {
        get { bilingualNotes.english }
        set { bilingualNotes = bilingualNotes.replacingEnglish(with: newValue) }
    }
    /// Extra JSON sections a plug-in adds (for example `efficiency`), in order.
    public var extraSections: [(String, JSONValue)]
    /// Technical efficiency per input row (`nil` where the row was not used), for frontier models:
    /// trade potential then takes K = efficiency and the frontier as the potential.
    public var efficiency: RowAlignedValues? = nil
    /// The fixed-effect dimensions absorbed by the fit (empty when none), in formula order.
    public var fixedEffects: [FixedEffectSummary] = []
    /// Each absorbed dimension's estimated effect per input row (`nil` where the row was not
    /// used), in the order of ``fixedEffects``; fitted values include them.
    public var fixedEffectValues: [RowAlignedValues] = []

    /// A result whose coefficient table is computed from `estimates`, `covariance` and `inference`;
    /// its notes are `notes` (written in English only) followed by `bilingualNotes`.
    public init(model: String, formula: String, responseName: String, nobs: Int, covarianceLabel: String,
                terms: [String], estimates: [Double], covariance: Matrix, inference: Inference,
                confidenceLevel: Double = 0.95, statistics: [FitStatistic] = [], tests: [TestResult] = [],
                fitted: RowAlignedValues = [], residuals: RowAlignedValues = [], notes: [String] = [], bilingualNotes: [BilingualText] = [],
                extraSections: [(String, JSONValue)] = []) {
        precondition(terms.count == estimates.count && covariance.rows == terms.count && covariance.columns == terms.count,
                     "Terms, estimates and covariance must agree in size")
        self.model = model
        self.formula = formula
        self.responseName = responseName
        self.nobs = nobs
        self.covarianceLabel = covarianceLabel
        self.terms = terms
        self.estimates = estimates
        self.covariance = covariance
        self.inference = inference
        self.confidenceLevel = confidenceLevel
        self.statistics = statistics
        self.tests = tests
        self.fitted = fitted
        self.residuals = residuals
        self.bilingualNotes = notes.map { BilingualText(english: $0) } + bilingualNotes
        self.extraSections = extraSections
        self.coefficients = Self.table(terms: terms, estimates: estimates, covariance: covariance, inference: inference, level: confidenceLevel)
        let exact = coefficients.filter { $0.stdError == 0 }.map { "`\($0.term)`" }
        if !exact.isEmpty {
            self.bilingualNotes.append(BilingualText(
                "Standard error of zero for \(exact.joined(separator: ", ")) (a perfect fit, or a coefficient the data determine exactly): its t statistic, p-value and confidence interval are undefined (NA), not infinite.",
                chinese: "\(exact.joined(separator: "、")) 的标准误为零（完美拟合，或该系数由数据精确决定）：其 t 统计量、p 值和置信区间无定义（NA），而非无穷大。"))
        }
    }

    /// The value of the statistic with `key`, if reported.
    public func statistic(_ key: String) -> Double? {
        statistics.first { $0.key == key }?.value
    }

    /// The coefficient row for `term`, if present.
    public func coefficient(_ term: String) -> CoefficientRow? {
        coefficients.first { $0.term == term }
    }

    /// Standard errors, in the order of `terms`.
    public var standardErrors: [Double] { coefficients.map(\.stdError) }

    /// The table of estimates, standard errors, statistics, two-sided p-values and confidence bounds.
    public static func table(terms: [String], estimates: [Double], covariance: Matrix, inference: Inference, level: Double) -> [CoefficientRow] {
        let alpha = (1 - level) / 2
        let critical: Double
        let pValue: (Double) -> Double
        switch inference {
        case .studentT(let df):
            let t = StudentTDistribution(degreesOfFreedom: df)
            critical = t.quantile(1 - alpha)
            pValue = { t.twoSidedPValue($0) }
        case .normal:
            critical = NormalDistribution.standard.quantile(1 - alpha)
            pValue = { 2 * NormalDistribution.standard.sf(abs($0)) }
        }
        return terms.indices.map { j in
            let se = covariance[j, j] >= 0 ? covariance[j, j].squareRoot() : .nan
            // A zero or missing standard error gives no test and no interval, rather than t = Inf, p = 0.
            let usable = se > 0 && se.isFinite
            let statistic = usable ? estimates[j] / se : .nan
            return CoefficientRow(term: terms[j], estimate: estimates[j], stdError: se, statistic: statistic,
                                  pValue: statistic.isFinite ? pValue(statistic) : .nan,
                                  confLow: usable ? estimates[j] - critical * se : .nan, confHigh: usable ? estimates[j] + critical * se : .nan)
        }
    }
}

/// The values a parameter can take, for confidence intervals that respect them.
public enum ParameterBounds: Sendable {
    /// (0, infinity): intervals on the log scale.
    case positive
    /// (0, 1): intervals on the logit scale.
    case unitInterval
}

extension EstimationResult {
    /// Replaces the confidence interval of `term` by one computed on the scale where the parameter
    /// is unbounded (log for a positive parameter, logit for one in (0, 1)), with the standard
    /// error carried over by the delta method, and mapped back: the interval stays inside the
    /// bounds (a variance's interval never goes below 0, gamma's never above 1). The estimate,
    /// standard error, statistic and p-value are unchanged; without the term, or with an estimate
    /// on the boundary, nothing changes.
    public mutating func boundInterval(of term: String, to bounds: ParameterBounds) {
        guard let index = coefficients.firstIndex(where: { $0.term == term }) else { return }
        let row = coefficients[index], estimate = row.estimate, se = row.stdError
        guard se > 0, se.isFinite else { return }
        let critical = (row.confHigh - estimate) / se
        switch bounds {
        case .positive:
            guard estimate > 0 else { return }
            let spread = critical * se / estimate
            coefficients[index].confLow = estimate * Foundation.exp(-spread)
            coefficients[index].confHigh = estimate * Foundation.exp(spread)
        case .unitInterval:
            guard estimate > 0, estimate < 1 else { return }
            let logit = Foundation.log(estimate / (1 - estimate)), spread = critical * se / (estimate * (1 - estimate))
            coefficients[index].confLow = 1 / (1 + Foundation.exp(-(logit - spread)))
            coefficients[index].confHigh = 1 / (1 + Foundation.exp(-(logit + spread)))
        }
    }
}
