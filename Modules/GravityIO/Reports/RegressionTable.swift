import Foundation
import GravityCore

/// Several fitted models side by side, as in a paper (Stata's esttab, R's modelsummary and fixest's
/// etable): columns numbered (1), (2), ... under their labels, one row per term (the union of the
/// models' terms in order of first appearance, or the `keep` list's order) with the estimate and
/// its significance stars and under it the standard error or the test statistic in parentheses;
/// then the auxiliary parameters (frontier variance parameters, random-effects components), the
/// absorbed fixed effects ("Exporter-year FE  Yes"), the number of observations and the fit
/// statistics, one row per kind of test; then the notes: the covariance convention in one compact
/// footnote, the stars, and the tests that compare the models.
///
/// Every output of `gravity compare` is this table: the default text output is the
/// ``RegressionTableOptions/comparison(language:)`` preset.
///
/// ```swift
/// let table = RegressionTable(models: [ols, fe, re], labels: ["Pooled", "FE", "RE"],
///                             options: .init(language: .zh, caption: "Gravity model"))
/// print(table.render(.latex))
/// ```
public struct RegressionTable: Sendable {
    /// The models, one column each.
    public var models: [EstimationResult]
    /// The column labels given; models without one are headed by their model name in the table's language.
    public var labels: [String?]
    /// Tests that compare the models (such as Hausman), written in the notes under the table.
    public var tests: [TestResult]
    /// Layout, language and content options.
    public var options: RegressionTableOptions

    /// A table of `models`; `labels` name the columns in order (models without a label are headed
    /// by their model name); `tests` compare the models and are written under the table.
    public init(models: [EstimationResult], labels: [String?]? = nil, tests: [TestResult] = [], options: RegressionTableOptions = .init()) {
        self.models = models
        self.labels = models.indices.map { i in labels.flatMap { i < $0.count ? $0[i] : nil } }
        self.tests = tests
        self.options = options
    }

    /// The table in `format`, ending with a line break; for ``RegressionTableFormat/docx``, whose
    /// file is binary (see ``data(_:)``), the document's `word/document.xml` text.
    public func render(_ format: RegressionTableFormat) -> String {
        switch format {
        case .text: return text()
        case .markdown: return markdown()
        case .latex: return latex()
        case .html: return html()
        case .csv: return csv()
        case .json: return json().serialized() + "\n"
        case .docx: return wordDocumentXML()
        }
    }

    /// The bytes of the file in `format`: the .docx package for ``RegressionTableFormat/docx``, else
    /// the UTF-8 text of ``render(_:)``.
    public func data(_ format: RegressionTableFormat) -> Data {
        format == .docx ? docx() : Data(render(format).utf8)
    }

    /// The column headings in the table's language: each label, or the model's name.
    public var columnLabels: [String] {
        let words = Vocabulary(options.language)
        return models.indices.map { labels[$0] ?? words.modelName(models[$0].model) }
    }

    /// The coefficient rows shown, in order: every term that is not an auxiliary parameter, in
    /// order of first appearance or in the `keep` order, less the dropped ones.
    public var terms: [String] {
        var seen = Set<String>(), terms: [String] = []
        for model in models {
            for term in model.terms where !Self.auxiliaryTerms.contains(term) && seen.insert(term).inserted { terms.append(term) }
        }
        if let keep = options.keep { terms = keep.filter(seen.contains) }
        return terms.filter { !options.drop.contains($0) }
    }

    /// The auxiliary parameters reported as coefficients by some model, in a fixed order.
    var auxiliaryTermsShown: [String] {
        Self.auxiliaryTerms.filter { term in !options.drop.contains(term) && models.contains { $0.coefficient(term) != nil } }
    }

    /// Parameters that are not elasticities or semi-elasticities: frontier variance parameters.
    /// They are shown in their own block, never among the coefficients or in a coefficient plot.
    public static let auxiliaryTerms = ["sigmaSq", "gamma", "mu", "eta"]

    /// Auxiliary statistics shown in the auxiliary block: random-effects variance components.
    static let auxiliaryStatistics = ["sigma_u", "sigma_e", "rho", "theta"]

    /// The label of `term`: its rename, else the term as written.
    func displayName(_ term: String) -> String {
        options.renames[term] ?? term
    }
}
