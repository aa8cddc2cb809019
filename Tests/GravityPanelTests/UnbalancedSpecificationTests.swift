import GravityKit
import GravityTestKit
import XCTest

/// The specification tests on the unbalanced Grunfeld panel against plm 2.6-2 (R setup as in
/// ``UnbalancedFixedEffectsTests``, `pool <- plm(f, data = pu, model = "pooling")`), printed with
/// `sprintf("%.15g", unlist(test[c("statistic", "parameter", "p.value")]))`.
final class UnbalancedSpecificationTests: XCTestCase {
    private func request() throws -> FitRequest {
        FitRequest(formula: try Formula(Grunfeld.formula), panel: Grunfeld.panel)
    }

    func testLagrangeMultiplierTestsMatchPlmtest() throws {
        let data = try Grunfeld.unbalanced()
        let pooled = try OLSEstimator().fit(data, request: try request())
        func lm(_ type: LagrangeMultiplierType, _ effect: PanelEffect) throws -> TestResult {
            try PanelTests.lagrangeMultiplier(type, effect: effect, pooled: pooled, data: data, panel: Grunfeld.panel)
        }
        // plmtest(pool, type = "bp"), type = "honda", and both with effect = "twoways"
        try assertTest(try lm(.breuschPagan, .individual), statistic: 678.764305103487, df: 1, p: 1.24064338035135e-149)
        try assertTest(try lm(.honda, .individual), statistic: 26.0531054790688, df: nil, p: 6.20321690175687e-150)
        try assertTest(try lm(.breuschPagan, .twoways), statistic: 684.724417651541, df: 2, p: 2.06054400975292e-149)
        try assertTest(try lm(.honda, .twoways), statistic: 16.6960436057974, df: nil, p: 7.00244080885033e-63)
    }

    func testHausmanTestsMatchPhtest() throws {
        let data = try Grunfeld.unbalanced()
        // phtest(w, plm(f, data = pu, model = "random"))
        let classic = try PanelTests.hausman(consistent: try Grunfeld.fit("fe", data: data), efficient: try Grunfeld.fit("re", data: data))
        try assertTest(classic, statistic: 5.57879298226473, df: 2, p: 0.0614582933500173)
        // phtest(f, data = pu, method = "aux") and with vcov = function(x) vcovHC(x, method = "arellano")
        try assertTest(try PanelTests.regressionHausman(data: data, request: try request(), covariance: .classical),
                       statistic: 2.82283255614471, df: 2, p: 0.243797753116059)
        try assertTest(try PanelTests.regressionHausman(data: data, request: try request(), covariance: .clusterRobust),
                       statistic: 5.82147726676351, df: 2, p: 0.0544355071333693)
    }
}
