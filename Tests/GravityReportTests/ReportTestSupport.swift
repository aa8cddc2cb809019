import Foundation
import GravityKit
import GravityTestKit
import XCTest
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Results with known numbers: each standard error is given, so every cell of a table is known.
enum KnownResults {
    /// A result whose covariance is diagonal with the given standard errors.
    static func result(_ model: String, terms: [String], estimates: [Double], standardErrors: [Double], inference: Inference = .normal,
                       nobs: Int = 100, covariance: String = "classical", response: String = "log(trade)",
                       statistics: [FitStatistic] = [], tests: [TestResult] = []) -> EstimationResult {
        EstimationResult(model: model, formula: "\(response) ~ x", responseName: response, nobs: nobs, covarianceLabel: covariance,
                         terms: terms, estimates: estimates, covariance: .diagonal(standardErrors.map { $0 * $0 }), inference: inference,
                         statistics: statistics, tests: tests)
    }

    /// Pooled least squares: z = 3, 1.96 and 0 for its three terms.
    static let ols = result("ols", terms: ["(Intercept)", "x1", "x_2%"], estimates: [1.5, 1.96, -0.0001], standardErrors: [0.5, 1, 0.2],
                            statistics: [FitStatistic("r_squared", 0.5), FitStatistic("adj_r_squared", 0.45), FitStatistic("log_likelihood", -100.25),
                                         FitStatistic("aic", 206.5), FitStatistic("bic", 210.123)])

    /// Fixed effects with a t(50) reference, a within R-squared and an F test.
    static let fe = result("fe", terms: ["x1", "z&w"], estimates: [1.95996, 2], standardErrors: [1, 0.5], inference: .studentT(50), nobs: 90,
                           covariance: "cluster-robust by id (G = 10)", statistics: [FitStatistic("r_squared_within", 0.3)],
                           tests: [TestResult(name: "F test for individual effects", statistic: 4.5, df: 9, df2: 80, pValue: 0.0123, distribution: "F")])
}

/// The rows of an HTML table: for each `tr`, its cell count with `colspan` counted.
final class TableRowCounter: NSObject, XMLParserDelegate {
    private(set) var rows: [Int] = []

    /// The row widths of the table in `html`, or `nil` when it does not parse.
    static func widths(_ html: String) -> [Int]? {
        let parser = XMLParser(data: Data(html.utf8))
        let counter = TableRowCounter()
        parser.delegate = counter
        return parser.parse() ? counter.rows : nil
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if elementName == "tr" { rows.append(0) }
        if elementName == "td" || elementName == "th" { rows[rows.count - 1] += Int(attributes["colspan"] ?? "1") ?? 1 }
    }
}
