import GravityKit
import GravityTestKit
import XCTest

/// The specification tests on the balanced Grunfeld panel against plm's `plmtest`, `phtest`
/// (classic and regression-based) and `pFtest`.
final class SpecificationTestsGrunfeldTests: XCTestCase {
    private func request() throws -> FitRequest {
        FitRequest(formula: try Formula(Grunfeld.formula), panel: Grunfeld.panel)
    }

    func testBreuschPaganAndHondaMatchPlmtest() throws {
        let data = try Grunfeld.data()
        let pooled = try EstimatorRegistry.standard().estimator(named: "ols").fit(data, request: try request())
        let cases: [(LagrangeMultiplierType, PanelEffect, String, Double?)] = [
            (.breuschPagan, .individual, "lm_bp_individual", 1), (.breuschPagan, .twoways, "lm_bp_twoways", 2),
            (.honda, .individual, "lm_honda_individual", nil), (.honda, .twoways, "lm_honda_twoways", nil),
        ]
        for (type, effect, id, df) in cases {
            let test = try PanelTests.lagrangeMultiplier(type, effect: effect, pooled: pooled, data: data, panel: Grunfeld.panel)
            try assertTest(test, try Grunfeld.referenceTest(id), df: df)
        }
    }

    func testClassicHausmanMatchesPhtest() throws {
        let test = try PanelTests.hausman(consistent: try Grunfeld.fit("fe"), efficient: try Grunfeld.fit("re"))
        try assertTest(test, try Grunfeld.referenceTest("hausman_within_vs_random_swar"), df: 2)
        XCTAssertFalse(test.note!.contains("generalised inverse"))
        XCTAssertTrue(test.note!.contains("re is consistent and efficient, and is favoured"), test.note!)
    }

    func testRegressionHausmanMatchesPhtestAux() throws {
        let data = try Grunfeld.data()
        let robust = try PanelTests.regressionHausman(data: data, request: try request(), covariance: .clusterRobust)
        try assertTest(robust, try Grunfeld.referenceTest("hausman_aux_robust_arellano"), df: 2)
        XCTAssertTrue(robust.note!.contains("fixed effects are favoured"), robust.note!)
        let classical = try PanelTests.regressionHausman(data: data, request: try request(), covariance: .classical)
        try assertTest(classical, try Grunfeld.referenceTest("hausman_aux_classical"), df: 2)
    }

    func testEffectsFFromTwoResultsMatchesPFtest() throws {
        let data = try Grunfeld.data()
        let pooled = try EstimatorRegistry.standard().estimator(named: "ols").fit(data, request: try request())
        let test = try PanelTests.effectsF(within: try Grunfeld.fit("fe"), restricted: pooled)
        try assertTest(test, try Grunfeld.reference("within_individual")["F_test_effects_vs_pooling"], df: 9, df2: 188)
        let twoWay = try Grunfeld.fit("fe", options: ["effect": "twoways"]), timeOnly = try Grunfeld.fit("fe", options: ["effect": "time"])
        let given = try PanelTests.effectsF(within: twoWay, restricted: timeOnly)
        try assertTest(given, try Grunfeld.reference("within_twoways")["F_test_individual_given_time"], df: 9, df2: 169)
    }

    func testRunComputesTheNamedTestsWithVerdicts() throws {
        let tests = try PanelTests.run(PanelTestKind.parseList("f, bp, honda, hausman, robust-hausman"), data: try Grunfeld.data(), request: try request())
        XCTAssertEqual(tests.count, 5)
        try assertTest(tests[0], try Grunfeld.reference("within_individual")["F_test_effects_vs_pooling"], df: 9, df2: 188)
        try assertTest(tests[1], try Grunfeld.referenceTest("lm_bp_individual"), df: 1)
        try assertTest(tests[2], try Grunfeld.referenceTest("lm_honda_individual"), df: nil)
        try assertTest(tests[3], try Grunfeld.referenceTest("hausman_within_vs_random_swar"), df: 2)
        try assertTest(tests[4], try Grunfeld.referenceTest("hausman_aux_robust_arellano"), df: 2)
        for test in tests { XCTAssertTrue(test.note?.hasPrefix("At 5%") ?? false, "\(test.name): \(test.note ?? "no note")") }
        XCTAssertThrowsError(try PanelTestKind.parseList("hausmann")) { error in
            XCTAssertTrue("\(error)".contains("Did you mean `hausman`?"), "\(error)")
        }
    }
}
