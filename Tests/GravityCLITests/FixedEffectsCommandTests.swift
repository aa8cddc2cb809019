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
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("predictions.csv").path
        let run = try CommandRunner.gravity(["fit", grunfeld, "--model", "ols", "--formula", "inv ~ value + capital | firm + year",
                                             "--where", "!(firm == 1 & year == 1935)", "--predictions", output])
        XCTAssertEqual(run.status, 0, run.stderr)
        let lines = try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first, "row,fitted,residual,fe_firm,fe_year,status")
        XCTAssertEqual(lines.count, 1 + 199)
        XCTAssertTrue(lines[1].hasPrefix("2,"), "the first kept row is data row 2: \(lines[1])")
        XCTAssertTrue(lines[1].hasSuffix(",used"))
    }
}
