import Foundation
import GravityTestKit
import XCTest

/// `--where` on every command that reads a dataset: the rows it keeps, the note that counts them,
/// and errors that point at the position.
final class RowSelectionCommandTests: XCTestCase {
    private let grunfeld = SharedData.repositoryPath("Examples/Data/grunfeld.csv")
    private let panel = SharedData.repositoryPath("Examples/Data/china_central_asia_panel.csv")
    /// Firms 1-3 from 1940: 3 firms x 15 years.
    private let condition = "firm %in% c(1, 2, 3) & year >= 1940"

    private func json(_ text: String) throws -> [String: Any] {
        try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], text)
    }

    func testFitUsesTheSelectedRowsAndCountsThemInTheNotes() throws {
        let run = try CommandRunner.gravity(["fit", grunfeld, "--model", "ols", "--formula", "inv ~ value + capital",
                                             "--where", condition, "--format", "json"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let object = try json(run.stdout)
        XCTAssertEqual(object["nobs"] as? Int, 45)
        XCTAssertEqual((object["notes"] as? [String])?.first, "--where kept 45 of 200 rows: \(condition)")
    }

    func testCompareDescribePotentialAndIndexTakeTheSameOption() throws {
        let compare = try CommandRunner.gravity(["compare", grunfeld, "--models", "ols,fe", "--id", "firm", "--time", "year",
                                                 "--formula", "inv ~ value + capital", "--where", condition, "--format", "json"])
        XCTAssertEqual(compare.status, 0, compare.stderr)
        let models = try XCTUnwrap(try json(compare.stdout)["models"] as? [[String: Any]])
        XCTAssertEqual(models.map { $0["nobs"] as? Int }, [45, 45])

        let describe = try CommandRunner.gravity(["describe", grunfeld, "--vars", "inv", "--where", condition])
        XCTAssertEqual(describe.status, 0, describe.stderr)
        XCTAssertTrue(describe.stdout.contains("--where kept 45 of 200 rows"), describe.stdout)
        let describeJSON = try CommandRunner.gravity(["describe", grunfeld, "--vars", "inv", "--where", condition, "--format", "json"])
        let summaries = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(describeJSON.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(summaries.first?["n"] as? Int, 45)
        XCTAssertTrue(describeJSON.stderr.contains("--where kept 45 of 200 rows"), "JSON keeps its shape; the note goes to standard error")

        let potential = try CommandRunner.gravity(["potential", panel, "--model", "ols", "--id", "partner", "--time", "year",
                                                   "--formula", "log(ecommerce_trade) ~ log(gdp_pc) + log(population)",
                                                   "--where", "partner != \"KAZ\"", "--format", "json"])
        XCTAssertEqual(potential.status, 0, potential.stderr)
        let potentialJSON = try json(potential.stdout)
        XCTAssertEqual((potentialJSON["rows"] as? [Any])?.count, 40, "five partners x 8 years")
        XCTAssertEqual((potentialJSON["notes"] as? [String])?.dropFirst().first, "--where kept 40 of 48 rows: partner != \"KAZ\"", "after the classification rule")

        let index = try CommandRunner.gravity(["index", panel, "--vars", "broadband,internet_users,rail_freight", "--method", "equal",
                                               "--where", "year >= 2019", "--format", "json"])
        XCTAssertEqual(index.status, 0, index.stderr)
        let indexJSON = try json(index.stdout)
        XCTAssertEqual((indexJSON["notes"] as? [String])?.first, "--where kept 12 of 48 rows: year >= 2019")
        let rows = try XCTUnwrap(indexJSON["index"] as? [[String: Any]])
        XCTAssertEqual(rows.count, 12)
    }

    func testBadConditionsFailWithThePosition() throws {
        let typo = try CommandRunner.gravity(["fit", grunfeld, "--model", "ols", "--formula", "inv ~ value", "--where", "yeer > 1940"])
        XCTAssertNotEqual(typo.status, 0)
        XCTAssertTrue(typo.stderr.contains("Row condition error at character 1: Unknown variable `yeer`. Did you mean `year`?"), typo.stderr)
        XCTAssertTrue(typo.stderr.contains("  yeer > 1940\n  ^"), typo.stderr)

        let none = try CommandRunner.gravity(["describe", grunfeld, "--where", "year > 3000"])
        XCTAssertNotEqual(none.status, 0)
        XCTAssertTrue(none.stderr.contains("keeps none of the 200 rows"), none.stderr)
    }
}
