import Foundation
import GravityTestKit
import XCTest

/// `gravity compare` with several specifications, each with its own formula and sample.
final class CompareCommandTests: XCTestCase {
    private let grunfeld = SharedData.repositoryPath("Examples/Data/grunfeld.csv")

    func testSpecificationsWithLabelsRenamesAndKeep() throws {
        let run = try CommandRunner.gravity([
            "compare", grunfeld, "--id", "firm", "--time", "year",
            "--spec", "Pooled = ols : inv ~ value + capital", "--spec", "Within = fe : inv ~ value + capital",
            "--spec", "Value only = ols : inv ~ value", "--rename", "value=Market value", "--keep", "capital,value", "--format", "csv", "--table",
        ])
        XCTAssertEqual(run.status, 0, run.stderr)
        let rows = run.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(rows[0], ",(1),(2),(3)")
        XCTAssertEqual(rows[1], ",Pooled,Within,Value only")
        // R: coef(lm(inv ~ value + capital, grunfeld)) and plm(..., model = "within"): capital 0.230678, 0.310065; value 0.115562, 0.110124.
        XCTAssertEqual(rows[2], "capital,0.231***,0.310***,")
        XCTAssertEqual(rows[4], "Market value,0.116***,0.110***,0.141***", "keep gives the order, rename the label")
        XCTAssertTrue(rows.contains("Observations,200,200,200"), run.stdout)
    }

    func testJSONKeepsTheDocumentedModelsAndTestsKeys() throws {
        let run = try CommandRunner.gravity(["compare", grunfeld, "--models", "ols,fe,re", "--formula", "inv ~ value + capital",
                                             "--id", "firm", "--time", "year", "--tests", "f,hausman", "--format", "json"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let models = try XCTUnwrap(object["models"] as? [[String: Any]])
        XCTAssertEqual(models.map { $0["model"] as? String }, ["ols", "fe", "re"])
        let tests = try XCTUnwrap(object["tests"] as? [[String: Any]])
        XCTAssertEqual(tests.map { $0["name"] as? String }, ["F test for individual effects", "Hausman test (fe vs re)"])
        // R plm: phtest(fe, re) gives chisq = 2.3304, df = 2.
        XCTAssertEqual(try XCTUnwrap(tests[1]["statistic"] as? Double), 2.33037, accuracy: 1e-5)
        let notes = try XCTUnwrap(object["notes"] as? [String])
        XCTAssertTrue(notes.contains { $0.hasPrefix("Hausman test (fe vs re): chi2(2) = 2.3304, p = 0.3119. At 5%") }, notes.joined(separator: "\n"))
    }

    func testBadSpecificationsAndUnknownTermsAreNamed() throws {
        let noColon = try CommandRunner.gravity(["compare", grunfeld, "--spec", "A = ols inv ~ value"])
        XCTAssertNotEqual(noColon.status, 0)
        XCTAssertTrue(noColon.stderr.contains("LABEL = MODEL : FORMULA"), noColon.stderr)
        let typo = try CommandRunner.gravity(["compare", grunfeld, "--spec", "ols : inv ~ value", "--drop", "vaule"])
        XCTAssertNotEqual(typo.status, 0)
        XCTAssertTrue(typo.stderr.contains("--drop names `vaule`, which no model has"), typo.stderr)
        let word = try CommandRunner.gravity(["compare", grunfeld, "--spec", "ols : inv ~ value", "--format", "docx"])
        XCTAssertNotEqual(word.status, 0)
        XCTAssertTrue(word.stderr.contains("--output"), word.stderr)
    }
}
