import GravityCore

/// How a ``RegressionTable`` is laid out: significance levels, what goes in parentheses, digits,
/// language, which statistics are shown, coefficient labels, order and omission, and the caption
/// and label of the LaTeX table.
public struct RegressionTableOptions: Sendable {
    /// The number written in parentheses under each estimate.
    public enum Parenthesized: String, Sendable, CaseIterable {
        /// The standard error.
        case standardError = "se"
        /// The test statistic for a zero coefficient (t or z, as each model reports).
        case statistic = "t"
    }

    /// The language of every label, heading, note, test name and verdict. Variable names and
    /// numbers are printed as given.
    public typealias Language = ReportLanguage

    /// The statistics shown under the coefficients by default, in order, when any model reports them.
    public static let defaultStatistics = ["r_squared", "adj_r_squared", "r_squared_within", "r_squared_between",
                                           "r_squared_overall", "pseudo_r_squared", "log_likelihood", "aic", "bic"]

    /// Significance levels for stars: an estimate gets one star for each level its p-value is
    /// strictly below (p = 0.05 is not significant at 5%). Empty for no stars.
    public var significanceLevels: [Double]
    /// The number in parentheses under each estimate.
    public var parenthesized: Parenthesized
    /// Decimal places of estimates, parenthesised numbers and statistics.
    public var digits: Int
    /// Language of labels and notes.
    public var language: Language
    /// Keys of the fit statistics shown after the number of observations (see ``defaultStatistics``);
    /// a row appears only when at least one model reports the statistic.
    public var statistics: [String]
    /// Whether each model's own tests (its `tests`) get a statistic row and a p-value row, one
    /// pair of rows per kind of test.
    public var showsModelTests: Bool
    /// Display labels of terms, by term name as written in the formula (`log(DIST)` to `Log distance`).
    public var renames: [String: String]
    /// The terms to show, in this order; `nil` shows every term in order of first appearance.
    public var keep: [String]?
    /// Terms left out of the table.
    public var drop: [String]
    /// Further lines under the table (such as the row selection every column shares), written as given.
    public var notes: [String] = []
    /// Caption, written above the table (the `\caption` in LaTeX).
    public var caption: String?
    /// The LaTeX `\label` key.
    public var label: String?

    /// Options with the defaults of Stata's esttab and fixest's etable: stars at 10%, 5% and 1%,
    /// standard errors in parentheses, three decimals, English.
    public init(significanceLevels: [Double] = [0.10, 0.05, 0.01], parenthesized: Parenthesized = .standardError, digits: Int = 3,
                language: Language = .en, statistics: [String] = RegressionTableOptions.defaultStatistics,
                showsModelTests: Bool = true, renames: [String: String] = [:], keep: [String]? = nil, drop: [String] = [],
                caption: String? = nil, label: String? = nil) {
        self.significanceLevels = significanceLevels
        self.parenthesized = parenthesized
        self.digits = digits
        self.language = language
        self.statistics = statistics
        self.showsModelTests = showsModelTests
        self.renames = renames
        self.keep = keep
        self.drop = drop
        self.caption = caption
        self.label = label
    }

    /// The preset of `gravity compare`'s default output: the publication table with four decimals,
    /// so that model comparisons on the console show more precision than a paper would.
    public static func comparison(language: Language = .en) -> RegressionTableOptions {
        RegressionTableOptions(digits: 4, language: language)
    }

    /// The stars for a p-value: one per significance level it is strictly below; none for NaN.
    public func stars(pValue: Double) -> String {
        String(repeating: "*", count: significanceLevels.filter { pValue < $0 }.count)
    }

    /// The significance levels from the largest (one star) to the smallest.
    var descendingLevels: [Double] { significanceLevels.sorted(by: >) }
}
