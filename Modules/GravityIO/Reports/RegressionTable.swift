import GravityCore

/// Several fitted models side by side, as in a paper (Stata's esttab, fixest's etable): one column
/// per model, one row per term (the union of the models' terms in order of first appearance) with
/// the estimate and its significance stars, and under it the standard error or the test statistic
/// in parentheses; then the number of observations, the R-squared measures, log-likelihood, AIC and
/// BIC that any model reports, each model's covariance type and its tests; then notes on the stars
/// and the parentheses, and any tests that compare the models.
///
/// ```swift
/// let table = RegressionTable(models: [ols, fe, re], labels: ["Pooled", "FE", "RE"],
///                             options: .init(language: .zh, caption: "Gravity model"))
/// print(table.render(.latex))
/// ```
public struct RegressionTable: Sendable {
    /// The models, one column each.
    public var models: [EstimationResult]
    /// The column headings: the labels given, or the models' names.
    public var columnLabels: [String]
    /// Tests that compare the models (such as Hausman), written in the notes under the table.
    public var tests: [TestResult]
    /// Layout, language and content options.
    public var options: RegressionTableOptions

    /// A table of `models`; `labels` name the columns in order (models without a label keep their
    /// name); `tests` compare the models and are written under the table.
    public init(models: [EstimationResult], labels: [String]? = nil, tests: [TestResult] = [], options: RegressionTableOptions = .init()) {
        self.models = models
        self.columnLabels = models.indices.map { i in labels.flatMap { i < $0.count ? $0[i] : nil } ?? models[i].model }
        self.tests = tests
        self.options = options
    }

    /// The table in `format`, ending with a line break.
    public func render(_ format: RegressionTableFormat) -> String {
        switch format {
        case .text: return text()
        case .markdown: return markdown()
        case .latex: return latex()
        case .html: return html()
        case .csv: return csv()
        case .json: return json().serialized() + "\n"
        }
    }

    /// Every term of every model, in order of first appearance.
    public var terms: [String] {
        var seen = Set<String>(), terms: [String] = []
        for model in models { for term in model.terms where seen.insert(term).inserted { terms.append(term) } }
        return terms
    }
}
