import Foundation
import GravityTestKit
import XCTest

/// `gravity fit` with fixed effects after `|`: the JSON sections and `--predictions`.
final class FixedEffectsCommandTests: XCTestCase {
    private let grunfeld = SharedData.repositoryPath("Examples/Data/grunfeld.csv")

    func testJSONCarriesTheVarianceMatrixAndFixedEffects() throws {
        let run = try CommandRunner.gravity(["fit", grunfeld, "--model", "ols", "--formula", "inv ~ value + capital | firm + year",
                                             "--vcov", "cluster:firm", "--format", "json"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let vcov = try XCTUnwrap(object["vcov_matrix"] as? [String: Any])
        XCTAssertEqual(vcov["terms"] as? [String], ["value", "capital"])
        XCTAssertEqual((vcov["matrix"] as? [[Double]])?.count, 2)
        let effects = try XCTUnwrap(object["fixed_effects"] as? [[String: Any]])
        XCTAssertEqual(effects.map { $0["dimension"] as? String }, ["firm", "year"])
        XCTAssertEqual(effects.map { $0["levels"] as? Int }, [10, 20])
        XCTAssertEqual(effects.map { $0["absorbed_df"] as? Int }, [10, 19])
        XCTAssertTrue((object["vcov"] as? String)?.contains("ssc=fixest") == true)
    }

    func testPredictionsFileHasOneLinePerDataRow() throws {
        let output = try temporaryFolder().appendingPathComponent("predictions.csv").path
        let run = try CommandRunner.gravity(["fit", grunfeld, "--model", "ols", "--formula", "inv ~ value + capital | firm + year",
                                             "--where", "!(firm == 1 & year == 1935)", "--predictions", output])
        XCTAssertEqual(run.status, 0, run.stderr)
        let lines = try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first, "row,fitted,residual,fe_firm,fe_year,status")
        XCTAssertEqual(lines.count, 1 + 200)
        XCTAssertEqual(lines[1], "1,,,,,not used: excluded by --where")
        XCTAssertTrue(lines[2].hasPrefix("2,"), "the first kept row is data row 2: \(lines[2])")
        XCTAssertTrue(lines[2].hasSuffix(",used"))
    }

    /// Each unused row says why: a missing value in a named column, a function undefined there,
    /// a missing weight, a singleton in a named fixed effect (found after the rows before it
    /// were dropped), or `--where`.
    func testPredictionsNameWhyEachRowWasNotUsed() throws {
        let folder = try temporaryFolder()
        let data = folder.appendingPathComponent("reasons.csv").path
        var lines = ["y,x,g,h,w"]
        for (i, (g, h)) in [("a", "p"), ("a", "q"), ("a", "p"), ("b", "q"), ("b", "p"), ("b", "q"), ("c", "p"), ("c", "q"), ("c", "p")].enumerated() {
            lines.append("\(2 + Double(i) * 0.37 + Double(i * i % 5)),\(Double(i) * 1.3 + Double(i % 3)),\(g),\(h),1")
        }
        lines.append("5,,a,q,1")            // row 11: x missing
        lines.append("0,2,b,p,1")           // row 12: log(0)
        lines.append("4,3,c,q,")            // row 13: weight missing
        lines.append("4,3,d,p,1")           // row 14: alone in g
        lines.append("4,3,a,p,1")           // row 15: removed by --where
        try (lines.joined(separator: "\n") + "\n").write(toFile: data, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("predictions.csv").path
        let run = try CommandRunner.gravity(["fit", data, "--model", "ols", "--formula", "log(y) ~ x | g + h", "--option", "weights=w",
                                             "--where", "y != 4 | g != \"a\"", "--predictions", output])
        XCTAssertEqual(run.status, 0, run.stderr)
        let status = try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n").dropFirst().map { $0.split(separator: ",").last.map(String.init) ?? "" }
        XCTAssertEqual(Array(status.prefix(9)), [String](repeating: "used", count: 9))
        XCTAssertEqual(Array(status.dropFirst(9)), ["not used: missing or undefined value in x", "not used: missing or undefined value in log(y)",
                                                    "not used: missing weight in w", "not used: singleton in fixed effect g",
                                                    "not used: excluded by --where"])
    }

    /// A fresh folder removed when the test ends.
    private func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gravity-fe-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        return folder
    }
}
