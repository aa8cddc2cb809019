import Foundation
import GravityTestKit
import XCTest

/// `gravity did` end to end on the minimum-wage panel (`../shared/data/mpdta.csv`): the JSON
/// follows docs/json-schema.md and its numbers are the reference values of `did_mpdta.json`
/// (the estimators themselves are checked in GravityDiDTests); the table, the chart and errors.
final class DiDCommandTests: XCTestCase {
    private func arguments(_ extra: [String]) throws -> [String] {
        ["did", try SharedData.path("data/mpdta.csv"), "--id", "countyreal", "--time", "year", "--cohort", "first.treat", "--outcome", "lemp"] + extra
    }

    func testJSONHoldsEveryEstimatorAndTheDocumentedKeys() throws {
        let run = try CommandRunner.gravity(try arguments(["--format", "json", "--bootstrap", "99"]))
        XCTAssertEqual(run.status, 0, run.stderr)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let results = try XCTUnwrap(object["results"] as? [String: Any])
        XCTAssertEqual(Set(results.keys), ["twfe", "sun-abraham", "cs", "did2s"])
        let reference = try SharedData.reference("did_mpdta.json")["models"]
        let expected = ["twfe": try reference["twfe_static"]["coef"]["D"].number(),
                        "sun-abraham": try reference["sun_abraham"]["att_overall"]["estimate"].number(),
                        "cs": try reference["cs_nevertreated"]["csdid"]["aggregations"]["simple"]["overall_att"].number(),
                        "did2s": try reference["did2s_static"]["coef"]["D"].number()]
        for (key, value) in expected {
            let entry = try XCTUnwrap(results[key] as? [String: Any], key)
            let overall = try XCTUnwrap(entry["overall"] as? [String: Double], key)
            XCTAssertEqual(Set(overall.keys), ["estimate", "std_error"])
            XCTAssertEqual(overall["estimate"]!, value, accuracy: 1e-7, key)
            let events = try XCTUnwrap(entry["event_time"] as? [[String: Double]], key)
            XCTAssertEqual(Set(events[0].keys), ["event_time", "estimate", "std_error"])
        }
        let cs = try XCTUnwrap(results["cs"] as? [String: Any])
        for key in ["simple", "dynamic", "group", "calendar", "att_gt", "uniform_bands"] { XCTAssertNotNil(cs[key], key) }
        let cells = try XCTUnwrap(cs["att_gt"] as? [[String: Double]])
        XCTAssertEqual(Set(cells[0].keys), ["group", "time", "estimate", "std_error"])
        let bacon = try XCTUnwrap(object["bacon"] as? [String: Any])
        XCTAssertEqual(try XCTUnwrap(bacon["twfe_estimate"] as? Double), expected["twfe"]!, accuracy: 1e-10)
    }

    func testTableChartAndChinese() throws {
        let chart = FileManager.default.temporaryDirectory.appendingPathComponent("did-\(UUID().uuidString).svg").path
        defer { try? FileManager.default.removeItem(atPath: chart) }
        let run = try CommandRunner.gravity(try arguments(["--lang", "zh", "--chart", chart, "--estimators", "twfe,cs", "--control", "notyet"]))
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.contains("双向固定效应") && run.stdout.contains("事件时间 -1") && run.stdout.contains("Goodman-Bacon"), run.stdout)
        let svg = try String(contentsOfFile: chart, encoding: .utf8)
        XCTAssertTrue(svg.contains("<svg") && svg.contains("相对处理时间"))
    }

    func testMissingTimingAndUnknownEstimatorAreErrors() throws {
        let noTiming = try CommandRunner.gravity(Array(try arguments([]).prefix(6)) + ["--outcome", "lemp"])
        XCTAssertNotEqual(noTiming.status, 0)
        XCTAssertTrue(noTiming.stderr.contains("--cohort"), noTiming.stderr)
        let unknown = try CommandRunner.gravity(try arguments(["--estimators", "twfe,sunab2"]))
        XCTAssertNotEqual(unknown.status, 0)
        XCTAssertTrue(unknown.stderr.contains("Unknown estimator `sunab2`"), unknown.stderr)
    }
}
