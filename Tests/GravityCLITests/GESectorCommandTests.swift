import Foundation
import GravityTestKit
import XCTest

/// `gravity ge --sector` end to end: two sectors that are each half of a three-country table give
/// the one-sector figures; the JSON carries `model` and `sectors`; bad sector input gets clear messages.
final class GESectorCommandTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("gravity-ge-sector-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    /// Three countries of different sizes in the sectors `sectors`, each with `share` of every flow;
    /// `edit` changes the rows (sector, exporter, importer, trade, t0, t1).
    private func table(sectors: [String], share: Double, _ edit: (inout [(String, String, String, Double, Double, Double)]) -> Void = { _ in }) throws -> String {
        let size = ["A": 1.0, "B": 2.0, "C": 4.0]
        var rows: [(String, String, String, Double, Double, Double)] = []
        for sector in sectors {
            for (k, (o, d)) in ["A", "B", "C"].flatMap({ o in ["A", "B", "C"].map { (o, $0) } }).enumerated() {
                let t0 = o == d ? 1 : 0.3 + 0.1 * Double(k % 3)
                rows.append((sector, o, d, share * size[o]! * size[d]! * t0, t0, o == d ? 1 : t0 * 1.5))
            }
        }
        edit(&rows)
        let file = directory.appendingPathComponent("sectors-\(UUID().uuidString).csv")
        let text = "sector,exporter,importer,trade,t0,t1\n" + rows.map { "\($0.0),\($0.1),\($0.2),\($0.3),\($0.4),\($0.5)" }.joined(separator: "\n") + "\n"
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    private func ge(_ file: String, _ extra: [String]) throws -> CommandRunner.Output {
        try CommandRunner.gravity(["ge", file, "--exporter", "exporter", "--importer", "importer", "--trade", "trade",
                                   "--costs", "t0", "--counterfactual-costs", "t1", "--method", "solver"] + extra)
    }

    private func object(_ run: CommandRunner.Output) throws -> [String: Any] {
        XCTAssertEqual(run.status, 0, run.stderr)
        return try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    }

    func testTwoHalfSectorsGiveTheOneSectorFiguresAndDocumentedJSON() throws {
        let one = try object(try ge(try table(sectors: ["all"], share: 1), ["--format", "json"]))
        let two = try object(try ge(try table(sectors: ["goods", "services"], share: 0.5), ["--sector", "sector", "--format", "json"]))
        XCTAssertTrue((two["model"] as? String)?.hasPrefix("Multi-sector structural gravity (Anderson and Yotov 2016") == true)
        let sectors = try XCTUnwrap(two["sectors"] as? [[String: Any]])
        XCTAssertEqual(sectors.map { $0["sector"] as? String }, ["goods", "services"])
        for sector in sectors {
            XCTAssertEqual(Set(sector.keys), ["sector", "sigma", "baseline", "countries", "budget_residuals"])
            let full = try XCTUnwrap((sector["countries"] as? [[String: Any]])?.first?["full"] as? [String: Double])
            XCTAssertEqual(Set(full.keys), ["exports_pct", "imports_pct", "domestic_pct", "omr_pct", "imr_pct", "price_pct"])
        }
        let a = try XCTUnwrap(one["countries"] as? [[String: Any]]), b = try XCTUnwrap(two["countries"] as? [[String: Any]])
        for (x, y) in zip(a, b) {
            for scenario in ["conditional", "full"] {
                let u = try XCTUnwrap(x[scenario] as? [String: Double]), v = try XCTUnwrap(y[scenario] as? [String: Double])
                for (key, value) in u { assertClose(v[key]!, value, relative: 0, absolute: 1e-8, "\(scenario) \(key)") }
            }
        }
        let csv = try ge(try table(sectors: ["goods", "services"], share: 0.5), ["--sector", "sector", "--format", "csv"])
        XCTAssertTrue(csv.stdout.hasPrefix("sector,country,conditional_exports_pct"), csv.stdout)
        XCTAssertEqual(csv.stdout.split(separator: "\n").count, 1 + 3 + 6)
    }

    func testBadSectorInputGetsClearMessages() throws {
        let cases: [(args: [String], sectors: [String], edit: (inout [(String, String, String, Double, Double, Double)]) -> Void, message: String)] = [
            (["--sector", "sector"], ["goods", "services"], { $0[13].3 = 0 }, "Sector `services`: B has no domestic flow"),
            (["--sector", "sector"], ["goods"], { _ in }, "The sector column `sector` has one level (`goods`)"),
            (["--sector", "sector"], ["goods", "services"], { $0.remove(at: 13) }, "Sector `services`: The data lack the domestic flow of B"),
            (["--sector", "sector", "--sector-sigma", "food=5"], ["goods", "services"], { _ in }, "`food`, which is not a level of `sector`"),
            (["--sector-sigma", "goods=5"], ["goods"], { _ in }, "Per-sector elasticities need a sector column"),
            (["--sector", "sector", "--sector-sigma", "goods"], ["goods", "services"], { _ in }, "--sector-sigma is written sector=value"),
            (["--sector", "sector", "--method", "geppml", "--stop", "book"], ["goods", "services"], { _ in }, "Drop --stop book"),
        ]
        for test in cases {
            let run = try ge(try table(sectors: test.sectors, share: 1, test.edit), test.args)
            XCTAssertNotEqual(run.status, 0, "\(test.args) should fail")
            XCTAssertTrue(run.stderr.contains(test.message), "\(test.args): \(run.stderr)")
        }
    }
}
