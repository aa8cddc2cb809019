import Foundation
import GravityKit
import GravityTestKit
import XCTest

/// Markdown, HTML and JSON forms of the table.
final class RegressionTableMarkupTests: XCTestCase {
    private let piped = KnownResults.result("pipes", terms: ["a|b", "x*y", "x1"], estimates: [1, 2, 3], standardErrors: [1, 1, 1])
    private var table: RegressionTable {
        RegressionTable(models: [KnownResults.ols, KnownResults.fe, piped], options: .init(caption: "A <b> & c"))
    }

    /// The number of column separators in a Markdown row: pipes not escaped with a backslash.
    private func pipes(_ line: String) -> Int {
        var count = 0, previous: Character = " "
        for character in line {
            if character == "|" && previous != "\\" { count += 1 }
            previous = character
        }
        return count
    }

    func testMarkdownIsAValidGitHubTable() throws {
        let markdown = table.render(.markdown)
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        XCTAssertEqual(lines[0], "**A &lt;b> & c**", "a tag-like `<` is neutralised")
        let rows = lines.filter { $0.hasPrefix("|") }
        XCTAssertEqual(rows[0], "|  | (1) | (2) | (3) |")
        XCTAssertEqual(rows[1], "|:--|--:|--:|--:|")
        XCTAssertEqual(rows[2], "|  | OLS | Fixed effects | pipes |")
        let separator = try NSRegularExpression(pattern: #"^\|(\s*:?-+:?\s*\|)+$"#)
        XCTAssertNotNil(separator.firstMatch(in: rows[1], range: NSRange(rows[1].startIndex..., in: rows[1])))
        for row in rows { XCTAssertEqual(pipes(row), 5, row) }
        let first = try XCTUnwrap(lines.firstIndex(of: rows[0]))
        XCTAssertEqual(Array(lines[first..<(first + rows.count)]), rows, "the table's rows are contiguous")
        XCTAssertTrue(rows.contains("| a\\|b |  |  | 1.000 |"), markdown)
        XCTAssertTrue(rows.contains("| x\\*y |  |  | 2.000\\*\\* |"), markdown)
        XCTAssertTrue(rows.contains("| x1 | 1.960\\*\\* | 1.960\\* | 3.000\\*\\*\\* |"), markdown)
        XCTAssertTrue(markdown.hasSuffix("\n\n\\* p&lt;0.10, \\*\\* p&lt;0.05, \\*\\*\\* p&lt;0.01\n"), markdown)
    }

    func testMarkdownRendersAsATableWithCmarkGFMWhereInstalled() throws {
        let cmark = try executableOnPath("cmark-gfm", install: "cmark-gfm")
        let markdown = table.render(.markdown)
        let (status, html) = try runTool(cmark, ["--extension", "table"], input: markdown)
        XCTAssertEqual(status, 0)
        XCTAssertEqual(html.components(separatedBy: "<table>").count - 1, 1, html)
        let rows = markdown.split(separator: "\n").filter { $0.hasPrefix("|") }.count
        XCTAssertEqual(html.components(separatedBy: "<tr>").count - 1, rows - 1, "every line but the separator is a row")
        XCTAssertEqual(html.components(separatedBy: "<td").count - 1, (rows - 2) * 4, "four cells in every body row")
        XCTAssertTrue(html.contains("<td align=\"left\">a|b</td>"), html)
    }

    func testHTMLIsWellFormedWithEqualRows() throws {
        let html = table.render(.html)
        XCTAssertNil(xmlError(html))
        let widths = try XCTUnwrap(TableRowCounter.widths(html))
        XCTAssertEqual(Set(widths), [4])
        XCTAssertTrue(html.hasPrefix("<table class=\"regression-table\">\n<caption>A &lt;b&gt; &amp; c</caption>\n<thead>\n"), html)
        XCTAssertTrue(html.contains("<tr><th scope=\"row\">z&amp;w</th><td></td><td>2.000<sup>***</sup></td><td></td></tr>"), html)
        XCTAssertTrue(html.contains("<tr><th scope=\"row\"></th><td>(1.000)</td><td>(1.000)</td><td>(1.000)</td></tr>"), html)
        XCTAssertEqual(html.components(separatedBy: "<tbody>").count - 1, 3)
        XCTAssertTrue(html.contains("<tfoot>\n<tr><td colspan=\"4\">Dependent variable: log(trade).</td></tr>"), html)
    }

    func testJSONKeepsTheUnroundedNumbers() throws {
        let text = table.render(.json)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        XCTAssertEqual(object["columns"] as? [String], ["OLS", "Fixed effects", "pipes"])
        let models = try XCTUnwrap(object["models"] as? [[String: Any]])
        XCTAssertEqual(models.map { $0["model"] as? String }, ["ols", "fe", "pipes"], "each model's full result, as `gravity fit` writes it")
        XCTAssertEqual(object["parenthesized"] as? String, "std_error")
        XCTAssertEqual(object["significance_levels"] as? [Double], [0.1, 0.05, 0.01])
        XCTAssertEqual(object["nobs"] as? [Int], [100, 90, 100])
        let coefficients = try XCTUnwrap(object["coefficients"] as? [[String: Any]])
        XCTAssertEqual(coefficients.map { $0["term"] as? String }, ["(Intercept)", "x1", "x_2%", "z&w", "a|b", "x*y"])
        let x1 = try XCTUnwrap(coefficients[1]["values"] as? [Any])
        XCTAssertEqual((x1[0] as? [String: Any])?["estimate"] as? Double, 1.96)
        XCTAssertEqual((x1[0] as? [String: Any])?["stars"] as? String, "**")
        XCTAssertEqual((x1[1] as? [String: Any])?["stars"] as? String, "*")
        XCTAssertTrue(try XCTUnwrap(coefficients[0]["values"] as? [Any])[1] is NSNull, "absent terms are null")
        let statistics = try XCTUnwrap(object["statistics"] as? [[String: Any]])
        XCTAssertEqual(statistics.map { $0["key"] as? String }, ["r_squared", "adj_r_squared", "r_squared_within", "log_likelihood", "aic", "bic"])
        let tests = try XCTUnwrap(object["model_tests"] as? [[String: Any]])
        XCTAssertEqual(tests.first?["name"] as? String, "F test, individual effects")
    }
}
