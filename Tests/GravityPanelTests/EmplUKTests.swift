import GravityKit
import GravityTestKit
import XCTest

/// An unbalanced panel as published (UK firms, 140 units observed 7 to 9 years) against plm
/// 2.6-2: `e <- read.csv("empluk.csv"); pe <- pdata.frame(e, index = c("firm", "year"));`
/// `g <- log(emp) ~ log(wage) + log(capital)`.
final class EmplUKTests: XCTestCase {
    private func fit(_ model: String) throws -> (EstimationResult, Dataset) {
        let data = try DataReader.read(path: try SharedData.path("data/empluk.csv"))
        let request = FitRequest(formula: try Formula("log(emp) ~ log(wage) + log(capital)"), panel: PanelSpecification(unit: "firm", time: "year"))
        return (try EstimatorRegistry.standard().estimator(named: model).fit(data, request: request), data)
    }

    func testFixedEffectsMatchPlm() throws {
        // we <- plm(g, data = pe, model = "within"); summary(we)$coefficients; summary(we)$r.squared; deviance(we); pFtest(we, pooling)
        let (result, _) = try fit("fe")
        assertRows(result, ["log(wage)": (-0.367774083921394, 0.0523227469516413, -7.0289521355082, 4.14383796134033e-12),
                            "log(capital)": (0.640367469027899, 0.0201417317470648, 31.7930690900606, 9.23031293761327e-149)])
        assertClose(result.statistic("r_squared")!, 0.570378905826613, relative: Grunfeld.tolerance)
        assertClose(result.statistic("adj_r_squared")!, 0.502238777279428, relative: Grunfeld.tolerance)
        assertClose(residualSumOfSquares(result), 16.7545255686297, relative: Grunfeld.tolerance)
        XCTAssertEqual(result.statistic("df_residual"), 889)
        let f = try XCTUnwrap(result.tests.first { $0.name == "F test for individual effects" })
        assertClose(f.statistic, 110.717113668424, relative: Grunfeld.tolerance)
        XCTAssertEqual(f.df, 139)
        XCTAssertEqual(f.df2, 889)
        XCTAssertLessThan(f.pValue, 1e-100, "R prints 0")
    }

    func testRandomEffectsAndTestsMatchPlm() throws {
        // re <- plm(g, data = pe, model = "random"); summary(re)$coefficients; ercomp(re)$sigma2; range(ercomp(re)$theta); summary(re)$r.squared
        let (result, data) = try fit("re")
        assertRows(result, ["(Intercept)": (2.454466308511376, 0.1646843174771797, 14.90406825684231, 3.10108333948786e-50),
                            "log(wage)": (-0.342836313443396, 0.0505059814182655, -6.78803388858432, 1.13671954221391e-11),
                            "log(capital)": (0.695219336564440, 0.0168462022134930, 41.26860925411431, nil)])
        assertClose(pow(result.statistic("sigma_e")!, 2), 0.0188464854540267, relative: Grunfeld.tolerance)
        assertClose(pow(result.statistic("sigma_u")!, 2), 0.2836511374810039, relative: Grunfeld.tolerance)
        assertClose(result.statistic("theta_min")!, 0.903033324090733, relative: Grunfeld.tolerance)
        assertClose(result.statistic("theta_max")!, 0.914393948372298, relative: Grunfeld.tolerance)
        assertClose(result.statistic("r_squared")!, 0.646062080490311, relative: Grunfeld.tolerance)
        assertClose(result.statistic("adj_r_squared")!, 0.645373485316167, relative: Grunfeld.tolerance)
        // phtest(we, re); plmtest(plm(g, data = pe, model = "pooling"), type = "bp")
        let (fe, _) = try fit("fe")
        try assertTest(try PanelTests.hausman(consistent: fe, efficient: result), statistic: 25.2716581597497, df: 2, p: 3.25333777847155e-06)
        let (pooled, _) = try fit("ols")
        let bp = try PanelTests.lagrangeMultiplier(.breuschPagan, pooled: pooled, data: data, panel: PanelSpecification(unit: "firm", time: "year"))
        assertClose(bp.statistic, 3053.56929644073, relative: Grunfeld.tolerance)
    }

    /// With more units than periods the two-way transformation demeans by unit and projects out
    /// the period dummies (the Grunfeld tests cover the other order); both equal least squares
    /// with unit and period dummies.
    func testTwoWayEqualsDummyVariableRegression() throws {
        let data = try DataReader.read(path: try SharedData.path("data/empluk.csv"))
        let request = FitRequest(formula: try Formula("log(emp) ~ log(wage) + log(capital)"), panel: PanelSpecification(unit: "firm", time: "year"),
                                 options: ["effect": "twoways"])
        let within = try FixedEffectsEstimator().fit(data, request: request)
        let dummies = try OLSEstimator().fit(data, request: FitRequest(formula: try Formula("log(emp) ~ log(wage) + log(capital) + factor(firm) + factor(year)")))
        for term in ["log(wage)", "log(capital)"] {
            assertClose(within.coefficient(term)!.estimate, dummies.coefficient(term)!.estimate, relative: 1e-9, term)
            assertClose(within.coefficient(term)!.stdError, dummies.coefficient(term)!.stdError, relative: 1e-9, term)
        }
        for (a, b) in zip(within.fitted, dummies.fitted) {
            if let a, let b { assertClose(a, b, relative: 1e-9) } else { XCTAssertTrue(a == nil && b == nil) }
        }
        let effects = try XCTUnwrap(PanelEffects(within))
        XCTAssertEqual(effects.time.count, 9)
        XCTAssertEqual(effects.time.values.filter { $0 == 0 }.count, 1, "the first period's effect is the reference")
    }
}
