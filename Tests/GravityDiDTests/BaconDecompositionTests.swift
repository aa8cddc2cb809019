import GravityKit
import GravityTestKit
import XCTest

/// The Goodman-Bacon decomposition: weights sum to one and the weighted two-by-two estimates
/// reproduce the TWFE coefficient, checked against least squares with explicit unit and year
/// dummies (an independent computation) to 1e-10, and against the reference TWFE coefficient.
final class BaconDecompositionTests: XCTestCase {
    func testMinimumWageDecompositionReproducesTWFE() throws {
        var data = try MinimumWage.data()
        try data.addColumn("D", .numeric(try treatmentIndicator(data, cohort: "first.treat", time: "year")))
        let bacon = try BaconDecomposition(dataset: data, outcome: "lemp", panel: MinimumWage.panel, timing: .cohort("first.treat"))
        XCTAssertEqual(bacon.comparisons.count, 3 + 2 * 3)
        XCTAssertEqual(bacon.comparisons.reduce(0) { $0 + $1.weight }, 1, accuracy: 1e-12)
        let dummies = try dummyRegressionCoefficient(data, formula: "lemp ~ D + factor(countyreal) + factor(year)")
        XCTAssertEqual(bacon.twoWayEstimate, dummies, accuracy: 1e-10)
        // pf.feols("lemp ~ D | countyreal + year") and dense least squares in did_mpdta.json.
        let reference = try MinimumWage.reference()["models"]["twfe_static"]
        XCTAssertEqual(bacon.twoWayEstimate, try reference["exact_dense_ols_coef"]["D"].number(), accuracy: 1e-10)
        XCTAssertEqual(bacon.twoWayEstimate, try reference["coef"]["D"].number(), accuracy: MinimumWage.estimateTolerance)
        XCTAssertEqual(bacon.summary.map(\.kind), [.treatedVersusNever, .earlierVersusLater, .laterVersusEarlier])
    }

    func testPanelWithoutNeverTreatedUnits() throws {
        var random = SeededRandom(seed: 7)
        let cohorts: [Double] = [3, 3, 3, 5, 5, 6, 6, 6, 6, 8]
        var unit: [Double] = [], year: [Double] = [], cohort: [Double] = [], y: [Double] = []
        for (u, g) in cohorts.enumerated() {
            for t in 1...8 {
                unit.append(Double(u)); year.append(Double(t)); cohort.append(g)
                let effect = Double(t) >= g ? 0.5 * (Double(t) - g + 1) : 0
                y.append(Double(u) * 0.3 + Double(t) * 0.1 + effect + random.normal(sd: 0.2))
            }
        }
        var data = try Dataset([("unit", .numeric(unit)), ("year", .numeric(year)), ("g", .numeric(cohort)), ("y", .numeric(y))])
        try data.addColumn("D", .numeric(try treatmentIndicator(data, cohort: "g", time: "year")))
        let bacon = try BaconDecomposition(dataset: data, outcome: "y", panel: PanelSpecification(unit: "unit", time: "year"), timing: .cohort("g"))
        XCTAssertFalse(bacon.comparisons.contains { $0.kind == .treatedVersusNever })
        XCTAssertEqual(bacon.comparisons.reduce(0) { $0 + $1.weight }, 1, accuracy: 1e-12)
        XCTAssertEqual(bacon.twoWayEstimate, try dummyRegressionCoefficient(data, formula: "y ~ D + factor(unit) + factor(year)"), accuracy: 1e-10)
    }

    private func dummyRegressionCoefficient(_ data: Dataset, formula: String) throws -> Double {
        let result = try EstimatorRegistry.standard().estimator(named: "ols").fit(data, request: FitRequest(formula: try Formula(formula)))
        return try XCTUnwrap(result.coefficient("D")).estimate
    }
}

/// The absorbing treatment indicator 1{cohort > 0 and time >= cohort}.
func treatmentIndicator(_ data: Dataset, cohort: String, time: String) throws -> [Double] {
    zip(try data.numeric(cohort), try data.numeric(time)).map { g, t in g > 0 && t >= g ? 1 : 0 }
}
