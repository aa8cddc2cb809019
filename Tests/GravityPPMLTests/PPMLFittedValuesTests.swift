import Foundation
import GravityKit
import GravityTestKit
import XCTest

/// Fitted means in levels, the fixed effects per level and per row, and PPML's adding-up property.
final class PPMLFittedValuesTests: XCTestCase {
    func testFittedMeansAddUpAndRebuildFromTheEffects() throws {
        let data = try DataReader.read(path: SharedData.repositoryPath("Tests/GravityPPMLTests/References/separation_example.csv"))
        let result = try PPMLEstimator().fit(data, request: FitRequest(formula: try Formula("y ~ x1 + x2 | exp + imp"),
                                                                       options: ["fixed_effects": "true", "tolerance": "1e-12"]))
        let y = try data.numeric("y"), x1 = try data.numeric("x1"), x2 = try data.numeric("x2")
        let exporter = try data.numeric("exp"), importer = try data.numeric("imp")
        // The score of an exporter effect is sum (y - mu) over its rows: zero at the optimum.
        var gap: [Double: Double] = [:], total: [Double: Double] = [:]
        for row in 0..<data.rowCount {
            guard let mu = result.fitted[row] else { continue }
            gap[exporter[row], default: 0] += y[row] - mu
            total[exporter[row], default: 0] += y[row]
        }
        for (level, value) in gap { XCTAssertLessThan(abs(value), 1e-6 * max(1, total[level]!), "exporter \(level)") }
        // The fitted mean is exp(x b + every effect), from the per-level table and from the per-row values.
        let table = try XCTUnwrap(FixedEffectValueTable(result: result))
        let exporterEffects = table.values(of: "exp"), importerEffects = table.values(of: "imp")
        XCTAssertEqual(exporterEffects.count, 11)
        XCTAssertEqual(importerEffects.count, 10)
        XCTAssertEqual(result.fixedEffectValues.count, 2)
        let b1 = result.coefficient("x1")!.estimate, b2 = result.coefficient("x2")!.estimate
        for row in 0..<data.rowCount {
            guard let mu = result.fitted[row] else {
                XCTAssertNil(result.fixedEffectValues[0][row])
                continue
            }
            let a = exporterEffects[String(Int(exporter[row]))]!, g = importerEffects[String(Int(importer[row]))]!
            XCTAssertEqual(a, result.fixedEffectValues[0][row]!, accuracy: 1e-12)
            assertClose(exp(b1 * x1[row] + b2 * x2[row] + a + g), mu, relative: 1e-8, "row \(row)")
        }
    }

    /// Rows left out say why: the constructed example's `reason` column marks the rows
    /// separated by the exporter effect (all-zero group) and by the regressors.
    func testSeparatedRowsCarryTheirReason() throws {
        let data = try DataReader.read(path: SharedData.repositoryPath("Tests/GravityPPMLTests/References/separation_example.csv"))
        let result = try PPMLEstimator().fit(data, request: FitRequest(formula: try Formula("y ~ x1 + x2 + x3 | exp + imp")))
        let reasons = result.fitted.exclusions.reasonPerRow(inputRowCount: data.rowCount)
        let column = try data.column("reason")
        for row in 0..<data.rowCount {
            switch column.text(at: row) ?? "" {
            case "fixed_effect": XCTAssertEqual(reasons[row]?.hasPrefix("separated by a fixed effect"), true, "row \(row): \(String(describing: reasons[row]))")
            case "regressors": XCTAssertEqual(reasons[row], "separated by the regressors (PPML rectifier)", "row \(row)")
            default: XCTAssertNil(reasons[row], "row \(row)")
            }
        }
    }
}
