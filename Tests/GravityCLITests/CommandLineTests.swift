import Foundation
import GravityTestKit
import XCTest

/// End-to-end checks of the `gravity` command: JSON schema, error messages and exit codes.
final class CommandLineTests: XCTestCase {
    private let grunfeld = SharedData.repositoryPath("Examples/Data/grunfeld.csv")

    func testModelsListsOLSAsJSON() throws {
        let run = try CommandRunner.gravity(["models", "--format", "json"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let models = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        XCTAssertTrue(models.contains { $0["name"] as? String == "ols" })
    }

    func testFitJSONFollowsTheDocumentedSchema() throws {
        let run = try CommandRunner.gravity(["fit", grunfeld, "--model", "ols", "--formula", "inv ~ value + capital",
                                             "--vcov", "cluster:firm", "--format", "json"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        for key in ["model", "formula", "nobs", "vcov", "coefficients", "statistics", "tests", "notes"] {
            XCTAssertNotNil(object[key], "missing key \(key)")
        }
        let coefficients = try XCTUnwrap(object["coefficients"] as? [[String: Any]])
        XCTAssertEqual(coefficients.count, 3)
        XCTAssertEqual(Set(coefficients[0].keys), ["term", "estimate", "std_error", "statistic", "p_value", "conf_low", "conf_high"])
        XCTAssertEqual(coefficients[1]["term"] as? String, "value")
        let tests = try XCTUnwrap(object["tests"] as? [[String: Any]])
        for test in tests { XCTAssertTrue(Set(["name", "statistic", "df", "p_value"]).isSubset(of: test.keys)) }
        XCTAssertEqual(object["nobs"] as? Int, 200)
    }

    func testUnknownModelFailsWithSuggestionOnStandardError() throws {
        let run = try CommandRunner.gravity(["fit", grunfeld, "--model", "olss", "--formula", "inv ~ value"])
        XCTAssertNotEqual(run.status, 0)
        XCTAssertTrue(run.stderr.contains("Did you mean `ols`"), run.stderr)
        XCTAssertTrue(run.stdout.isEmpty)
    }

    func testUnknownVariableNamesTheClosestColumns() throws {
        let run = try CommandRunner.gravity(["fit", grunfeld, "--model", "ols", "--formula", "inv ~ valu + capital"])
        XCTAssertNotEqual(run.status, 0)
        XCTAssertTrue(run.stderr.contains("Unknown variable `valu`. Did you mean `value`?"), run.stderr)
    }

    func testMalformedCSVNamesLineAndColumn() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("gravity-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("bad.csv")
        try "y,x\n1,2\n3,4,5\n".write(to: file, atomically: true, encoding: .utf8)
        let run = try CommandRunner.gravity(["describe", file.path])
        XCTAssertNotEqual(run.status, 0)
        XCTAssertTrue(run.stderr.contains("line 3"), run.stderr)
    }

    func testDescribeAcceptsExpressions() throws {
        let run = try CommandRunner.gravity(["describe", grunfeld, "--vars", "inv,log(value)", "--format", "csv"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let lines = run.stdout.split(separator: "\n")
        XCTAssertEqual(lines.count, 3)
        XCTAssertTrue(lines[2].hasPrefix("log(value),200,0,"), String(lines[2]))
    }
}

/// `gravity compare` as a publication table.
final class CompareTableTests: XCTestCase {
    func testLaTeXTableWithChineseLabelsAndHTML() throws {
        let grunfeld = SharedData.repositoryPath("Examples/Data/grunfeld.csv")
        let arguments = ["compare", grunfeld, "--models", "ols,fe,re", "--formula", "inv ~ value + capital", "--id", "firm", "--time", "year", "--tests", "f,hausman"]
        let latex = try CommandRunner.gravity(arguments + ["--format", "latex", "--lang", "zh"])
        XCTAssertEqual(latex.status, 0, latex.stderr)
        XCTAssertTrue(latex.stdout.contains("ccc@{}}\n"), latex.stdout)
        XCTAssertTrue(latex.stdout.contains("观测值 & $200$ & $200$ & $200$"), latex.stdout)
        let html = try CommandRunner.gravity(arguments + ["--format", "html", "--parentheses", "t"])
        XCTAssertEqual(html.status, 0, html.stderr)
        XCTAssertTrue(html.stdout.contains("<table"), html.stdout)
        let bad = try CommandRunner.gravity(arguments + ["--format", "latex", "--stars", "0.1,5"])
        XCTAssertNotEqual(bad.status, 0)
        XCTAssertTrue(bad.stderr.contains("--stars"), bad.stderr)
    }
}
