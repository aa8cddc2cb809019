import Foundation
import GravityTestKit
import XCTest

/// `gravity potential` refuses a model whose unit effects absorb the unit, explains why and what
/// to use instead, and with `--allow-centred` proceeds with the warning in every output.
final class PotentialSpecificationTests: XCTestCase {
    private let panel = SharedData.repositoryPath("Examples/Data/china_central_asia_panel.csv")
    private let model = ["--id", "partner", "--time", "year", "--formula", "log(ecommerce_trade) ~ log(gdp_pc) + log(population) + internet_use"]

    private func kByUnit(_ json: String) throws -> [String: [Double]] {
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let rows = try XCTUnwrap(object["rows"] as? [[String: Any]])
        return Dictionary(grouping: rows, by: { $0["unit"] as! String }).mapValues { $0.map { $0["k"] as! Double } }
    }

    private func geometricMean(_ values: [Double]) -> Double {
        exp(values.map(log).reduce(0, +) / Double(values.count))
    }

    func testFixedEffectsAreRefusedWithTheAlternatives() throws {
        let run = try CommandRunner.gravity(["potential", panel, "--model", "fe"] + model)
        XCTAssertNotEqual(run.status, 0)
        for phrase in ["geometric mean of exactly 1", "--prediction xb", "--model re", "--model ppml", "exporter^year + importer^year", "--model sfa-bc92", "--allow-centred"] {
            XCTAssertTrue(run.stderr.contains(phrase), "missing `\(phrase)` in:\n\(run.stderr)")
        }
    }

    func testAllowCentredWarnsInEveryFormatAndKIsCentredByConstruction() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("centred-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for format in ["text", "markdown", "csv", "json"] {
            let chart = folder.appendingPathComponent("\(format).svg").path
            let run = try CommandRunner.gravity(["potential", panel, "--model", "fe", "--allow-centred", "--format", format, "--chart", chart] + model)
            XCTAssertEqual(run.status, 0, run.stderr)
            XCTAssertTrue(run.stdout.contains("Warning (--allow-centred)"), "\(format):\n\(run.stdout)")
            XCTAssertTrue(run.stderr.contains("Warning (--allow-centred)"), run.stderr)
            XCTAssertTrue(try String(contentsOfFile: chart, encoding: .utf8).contains("centred on 1 by unit effects"))
            if format == "json" {
                // The claim the refusal makes: with unit fixed effects in a log model, exp(mean residual) = 1 for every unit.
                for (unit, ks) in try kByUnit(run.stdout) { XCTAssertEqual(geometricMean(ks), 1, accuracy: 1e-10, unit) }
            }
        }
    }

    func testPredictionXbGivesKRelativeToAnAverageUnit() throws {
        let centred = try kByUnit(try CommandRunner.gravity(["potential", panel, "--model", "fe", "--allow-centred", "--format", "json"] + model).stdout)
        let xbRun = try CommandRunner.gravity(["potential", panel, "--model", "fe", "--prediction", "xb", "--format", "json"] + model)
        XCTAssertEqual(xbRun.status, 0, xbRun.stderr)
        XCTAssertTrue(xbRun.stdout.contains("Prediction: xb, the linear prediction without the unit effects"), xbRun.stdout)
        let relative = try kByUnit(xbRun.stdout)
        var means: [Double] = []
        for (unit, ks) in relative {
            // K_xb / K_fitted = exp(alpha_i - mean alpha): one constant per unit.
            let ratios = zip(ks, centred[unit]!).map { $0 / $1 }
            for ratio in ratios { XCTAssertEqual(ratio, ratios[0], accuracy: 1e-9 * ratios[0], unit) }
            means.append(geometricMean(ks))
        }
        XCTAssertGreaterThan(means.map { abs(log($0)) }.max()!, 0.1, "partner-level geometric means are not all 1: \(means)")
    }

    func testRandomEffectsSayWhichPredictionTheyUse() throws {
        let xb = try CommandRunner.gravity(["potential", panel, "--model", "re", "--option", "method=amemiya", "--format", "markdown"] + model)
        XCTAssertEqual(xb.status, 0, xb.stderr)
        XCTAssertTrue(xb.stdout.contains("Prediction: xb, the linear prediction without the estimated random effect (the default"), xb.stdout)
        let xbu = try CommandRunner.gravity(["potential", panel, "--model", "re", "--option", "method=amemiya", "--prediction", "xbu", "--format", "markdown"] + model)
        XCTAssertEqual(xbu.status, 0, xbu.stderr)
        XCTAssertTrue(xbu.stdout.contains("Prediction: xbu"), xbu.stdout)
    }
}
