import Foundation
import GravityTestKit
import XCTest

/// `gravity ge` end to end on small tables written here: the JSON schema, the hand-worked
/// three-country numbers and every bad-input message of the issue.
final class GECommandTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("gravity-ge-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    /// Three countries of different sizes; `edit` changes the rows (exporter, importer, trade, t0, t1, border).
    private func table(_ edit: (inout [(String, String, Double, Double, Double, Double)]) -> Void = { _ in }) throws -> String {
        let size = ["A": 1.0, "B": 2.0, "C": 4.0]
        var rows: [(String, String, Double, Double, Double, Double)] = []
        for o in ["A", "B", "C"] {
            for d in ["A", "B", "C"] {
                let border = o == d ? 0.0 : 1.0
                let t0 = o == d ? 1 : 0.3 + 0.1 * Double(rows.count % 3)
                rows.append((o, d, size[o]! * size[d]! * t0, t0, o == d ? 1 : t0 * 1.5, border))
            }
        }
        edit(&rows)
        let file = directory.appendingPathComponent("pairs-\(UUID().uuidString).csv")
        let text = "exporter,importer,trade,t0,t1,border\n" + rows.map { "\($0.0),\($0.1),\($0.2),\($0.3),\($0.4),\($0.5)" }.joined(separator: "\n") + "\n"
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    private func ge(_ file: String, _ extra: [String]) throws -> CommandRunner.Output {
        try CommandRunner.gravity(["ge", file, "--exporter", "exporter", "--importer", "importer", "--trade", "trade"] + extra)
    }

    func testJSONFollowsTheDocumentedSchema() throws {
        let run = try ge(try table(), ["--costs", "t0", "--counterfactual-costs", "t1", "--format", "json"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        for key in ["method", "endowment", "stop", "tolerance", "sigma", "reference", "scenario", "baseline", "iterations", "converged",
                    "last_change", "countries", "budget_residuals", "notes"] {
            XCTAssertNotNil(object[key], "missing key \(key)")
        }
        XCTAssertEqual(object["reference"] as? String, "C")
        let countries = try XCTUnwrap(object["countries"] as? [[String: Any]])
        XCTAssertEqual(countries.map { $0["country"] as? String }, ["A", "B", "C"])
        let conditional = try XCTUnwrap(countries[0]["conditional"] as? [String: Double])
        XCTAssertEqual(Set(conditional.keys), ["exports_pct", "imports_pct", "domestic_pct", "omr_pct", "imr_pct"])
        let full = try XCTUnwrap(countries[0]["full"] as? [String: Double])
        XCTAssertEqual(Set(full.keys), ["exports_pct", "imports_pct", "domestic_pct", "omr_pct", "imr_pct", "price_pct", "real_gdp_pct"])
        XCTAssertEqual(object["converged"] as? Bool, true)
        let pairs = try ge(try table(), ["--costs", "t0", "--counterfactual-costs", "t1", "--format", "json", "--bilateral"])
        let bilateral = try XCTUnwrap((try JSONSerialization.jsonObject(with: Data(pairs.stdout.utf8)) as? [String: Any])?["bilateral"] as? [[String: Any]])
        XCTAssertEqual(bilateral.count, 9)
        XCTAssertEqual(Set(bilateral[0].keys), ["exporter", "importer", "baseline", "conditional_pct", "full_pct"])
    }

    func testBadInputGetsClearMessages() throws {
        let cases: [(args: [String], edit: (inout [(String, String, Double, Double, Double, Double)]) -> Void, message: String)] = [
            (["--sigma", "1"], { _ in }, "must exceed 1"),
            (["--reference", "DEU"], { _ in }, "The reference country `DEU` is not in the data"),
            ([], { $0[4].2 = 0 }, "B has no domestic flow"),
            ([], { $0.remove(at: 4) }, "lack the domestic flow of B"),
            ([], { rows in for k in 0..<3 { rows[k].2 = 0 } }, "A sells nothing"),
            (["--max-iterations", "1"], { _ in }, "did not converge in 1 iterations"),
            (["--method", "solver", "--max-iterations", "1"], { _ in }, "did not converge in 1 iterations"),
        ]
        for test in cases {
            let run = try ge(try table(test.edit), ["--costs", "t0", "--counterfactual-costs", "t1"] + test.args)
            XCTAssertNotEqual(run.status, 0, "\(test.args) should fail")
            XCTAssertTrue(run.stderr.contains(test.message), "\(test.args): \(run.stderr)")
        }
    }

    func testScenarioErrorsComeBeforeAnyEstimation() throws {
        let file = try table()
        let cases: [([String], String)] = [
            (["--scenario", "bordr=0"], "Unknown variable `bordr`. Did you mean `border`?"),
            (["--scenario", "t1=0"], "which no cost term uses"),
            (["--scenario", "border=border"], "changes nothing"),
            ([], "Say what changes"),
        ]
        for (args, message) in cases {
            let run = try ge(file, ["--formula", "border"] + args)
            XCTAssertNotEqual(run.status, 0)
            XCTAssertTrue(run.stderr.contains(message), "\(args): \(run.stderr)")
        }
    }

    func testWhereSelectsTheCountries() throws {
        let run = try ge(try table(), ["--costs", "t0", "--counterfactual-costs", "t1", "--where", "exporter != \"C\" & importer != \"C\"", "--format", "json"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        XCTAssertEqual((object["countries"] as? [[String: Any]])?.count, 2)
        XCTAssertTrue((object["notes"] as? [String])?.first?.hasPrefix("--where kept 4 of 9 rows") == true, "\(object["notes"] ?? "")")
    }

    func testBookRuleWarnsOnStandardError() throws {
        let run = try ge(try table(), ["--costs", "t0", "--counterfactual-costs", "t1", "--stop", "book", "--format", "csv"])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.hasPrefix("country,conditional_exports_pct"), run.stdout)
    }
}
