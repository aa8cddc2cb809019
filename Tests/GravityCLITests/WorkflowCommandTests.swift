import Foundation
import GravityTestKit
import XCTest

/// The study's workflow commands end to end on the bundled simulated panel: fill, index, potential.
final class WorkflowCommandTests: XCTestCase {
    private let panel = SharedData.repositoryPath("Examples/Data/china_central_asia_panel.csv")
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("gravity-workflow-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    private func json(_ text: String) throws -> [String: Any] {
        try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    func testFillThenIndexThenPotential() throws {
        let filled = directory.appendingPathComponent("filled.csv").path
        let fill = try CommandRunner.gravity(["fill", panel, "--id", "partner", "--time", "year", "--vars", "rd_share,secure_servers,tertiary_enrolment,tracking_tracing",
                                              "--extrapolate", "--output", filled])
        XCTAssertEqual(fill.status, 0, fill.stderr)

        let indexed = directory.appendingPathComponent("indexed.csv").path
        let indicators = "broadband,internet_users,secure_servers,rail_freight,tracking_tracing,logistics_performance,customs_burden,border_facilitation,clearance_efficiency,rd_share,tertiary_enrolment"
        let index = try CommandRunner.gravity(["index", filled, "--vars", indicators, "--id", "partner", "--time", "year", "--format", "json",
                                               "--append-to", filled, "--output", indexed, "--name", "ecommerce_index"])
        XCTAssertEqual(index.status, 0, index.stderr)
        let report = try json(index.stdout)
        for key in ["kmo", "bartlett", "eigenvalues", "proportion", "cumulative", "retained", "loadings", "weights", "index"] {
            XCTAssertNotNil(report[key], "index JSON lacks \(key)")
        }
        XCTAssertEqual((report["index"] as? [Any])?.count, 48, "every row complete after filling")

        let potential = try CommandRunner.gravity(["potential", indexed, "--model", "ols", "--id", "partner", "--time", "year",
                                                   "--formula", "log(ecommerce_trade) ~ log(gdp_pc) + log(population) + log(dist_oil) + ecommerce_index",
                                                   "--labels", "zh", "--format", "json", "--chart", directory.appendingPathComponent("k.svg").path])
        XCTAssertEqual(potential.status, 0, potential.stderr)
        let rows = try XCTUnwrap(try json(potential.stdout)["rows"] as? [[String: Any]])
        XCTAssertEqual(rows.count, 48)
        XCTAssertEqual(Set(rows[0].keys), ["unit", "time", "actual", "predicted", "k", "class"])
        XCTAssertTrue(rows.allSatisfy { ["潜力巨大型", "潜力拓展型", "潜力再造型"].contains($0["class"] as? String ?? "") })
        XCTAssertTrue(FileManager.default.fileExists(atPath: directory.appendingPathComponent("k.svg").path))
    }

    func testPotentialNeedsAPanel() throws {
        let run = try CommandRunner.gravity(["potential", panel, "--model", "ols", "--formula", "log(ecommerce_trade) ~ log(gdp_pc)"])
        XCTAssertNotEqual(run.status, 0)
        XCTAssertTrue(run.stderr.contains("--id and --time"), run.stderr)
    }
}
