import GravityKit
import GravityTestKit
import XCTest

/// Predictions in logs and levels from every panel model, aligned to the input rows.
final class PredictionTests: XCTestCase {
    private func fit(_ model: String, formula: String) throws -> EstimationResult {
        var data = try Grunfeld.data()
        var inv = try data.numeric("inv")
        inv[5] = .nan
        try data.setColumn("inv", .numeric(inv))
        return try EstimatorRegistry.standard().estimator(named: model)
            .fit(data, request: FitRequest(formula: try Formula(formula), panel: Grunfeld.panel))
    }

    func testLogResponsesArePredictedInLogsAndLevels() throws {
        for model in ["ols", "fe", "re", "be", "fd"] {
            let result = try fit(model, formula: "log(inv) ~ log(value) + log(capital)")
            let predicted = PredictedValues(result)
            XCTAssertEqual(predicted.logs.count, 200, model)
            XCTAssertNil(predicted.levels[5], "\(model): the row with a missing response has no prediction")
            for (log, level) in zip(predicted.logs, predicted.levels) {
                XCTAssertEqual(log == nil, level == nil, model)
                if let log, let level { assertClose(level, Foundation.exp(log), relative: 1e-14, model) }
            }
        }
    }

    /// The fixed-effects prediction includes each unit's effect, so the mean prediction of a
    /// unit equals its mean response (in the formula's scale).
    func testFixedEffectsPredictionsReproduceUnitMeans() throws {
        let result = try fit("fe", formula: "log(inv) ~ log(value) + log(capital)")
        let firm = try Grunfeld.data().numeric("firm"), inv = try Grunfeld.data().numeric("inv")
        for f in 1...10 {
            let rows = (0..<200).filter { firm[$0] == Double(f) && $0 != 5 }
            let meanLog = rows.reduce(0) { $0 + Foundation.log(inv[$1]) } / Double(rows.count)
            let meanFitted = rows.reduce(0) { $0 + result.fitted[$1]! } / Double(rows.count)
            assertClose(meanFitted, meanLog, relative: 1e-10, "firm \(f)")
        }
    }

    func testLevelResponsesGiveLogsOfPositiveLevels() throws {
        let result = try fit("re", formula: Grunfeld.formula)
        let predicted = PredictedValues(result)
        for (fitted, log) in zip(result.fitted, predicted.logs) {
            guard let fitted else { XCTAssertNil(log); continue }
            if fitted > 0 { assertClose(log!, Foundation.log(fitted), relative: 1e-14) } else { XCTAssertNil(log) }
        }
    }
}
