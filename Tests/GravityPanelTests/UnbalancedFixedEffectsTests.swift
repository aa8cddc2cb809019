import GravityKit
import GravityTestKit
import XCTest

/// `fe` on the unbalanced Grunfeld panel (``Grunfeld/deletedRows`` removed: gaps and ragged
/// ends) against plm 2.6-2. Every value was printed by R with `options(digits = 15)` after
/// `df <- read.csv("grunfeld.csv"); ub <- df[-c(3, 18, 19, 40, 41, 42, 77, 120, 151, 152, 199), ];`
/// `pu <- pdata.frame(ub, index = c("firm", "year")); f <- inv ~ value + capital`.
final class UnbalancedFixedEffectsTests: XCTestCase {
    func testOneWayMatchesPlm() throws {
        let data = try Grunfeld.unbalanced()
        // w <- plm(f, data = pu, model = "within"); summary(w)$coefficients; summary(w)$r.squared; deviance(w); df.residual(w)
        let result = try Grunfeld.fit("fe", data: data)
        assertRows(result, ["value": (0.116208847580268, 0.0130323012162289, 8.91698600670424, 5.83364379088758e-16),
                            "capital": (0.291486069725415, 0.0184212259839979, 15.82338059250899, 1.02419571461779e-35)])
        assertClose(result.statistic("r_squared")!, 0.713487455019368, relative: Grunfeld.tolerance)
        assertClose(result.statistic("adj_r_squared")!, 0.695681590642040, relative: Grunfeld.tolerance)
        assertClose(residualSumOfSquares(result), 452695.106898454, relative: Grunfeld.tolerance)
        XCTAssertEqual(result.statistic("df_residual"), 177)
        XCTAssertEqual(result.nobs, 189)
        // fixef(w, type = "level")
        let levels = [-82.009910251973, 99.445016767062, -247.104321031860, -31.725626432524, -106.981578679296,
                      -22.839729589866, -61.613503508719, -59.301321831515, -83.717782166358, -7.027645370845]
        let effects = try XCTUnwrap(PanelEffects(result))
        for (firm, level) in levels.enumerated() {
            assertClose(try XCTUnwrap(effects.unit["\(firm + 1)"]), level, relative: Grunfeld.tolerance, "firm \(firm + 1)")
        }
        // pFtest(w, plm(f, data = pu, model = "pooling"))
        try assertTest(result.tests.first { $0.name == "F test for individual effects" }, statistic: 49.6895834173516, df: 9, df2: 177, p: 7.00972376410196e-44)
    }

    func testOneWayClusterConventionsMatchPlm() throws {
        let data = try Grunfeld.unbalanced()
        // sqrt(diag(vcovHC(w, method = "arellano", type = "HC1" / "HC0" / "sss")))
        let expected: [(String, [Double])] = [("plm", [0.0200979364012950, 0.0511308828269253]),
                                              ("plm-hc0", [0.0199913152968617, 0.0508596295455533]),
                                              ("plm-sss", [0.0211289655697922, 0.0537539099155260])]
        for (convention, errors) in expected {
            let result = try Grunfeld.fit("fe", covariance: .cluster(["firm"]), options: ["cluster_convention": convention], data: data)
            assertStandardErrors(result, errors)
            XCTAssertEqual(result.inference, .studentT(177))
        }
        // summary(w, vcov = vcovHC(w, method = "arellano", type = "sss"))$coefficients[, 4]
        let sss = try Grunfeld.fit("fe", covariance: .cluster(["firm"]), options: ["cluster_convention": "plm-sss"], data: data)
        assertClose(sss.coefficient("value")!.pValue, 1.31201289312298e-07, relative: Grunfeld.tolerance)
        assertClose(sss.coefficient("capital")!.pValue, 1.90504501187204e-07, relative: Grunfeld.tolerance)
        // Stata's factor differs from sss by counting the constant: (N-1)/(N-k-1) against (N-1)/(N-k).
        let stata = try Grunfeld.fit("fe", covariance: .cluster(["firm"]), data: data)
        for (a, b) in zip(stata.standardErrors, [0.0211289655697922, 0.0537539099155260]) {
            assertClose(a, b * (187.0 / 186.0).squareRoot(), relative: Grunfeld.tolerance)
        }
        XCTAssertEqual(stata.inference, .studentT(9))
    }

    func testTwoWayIsExactOnTheUnbalancedPanel() throws {
        let data = try Grunfeld.unbalanced()
        // w2 <- plm(f, data = pu, model = "within", effect = "twoways"); same accessors as above
        let result = try Grunfeld.fit("fe", options: ["effect": "twoways"], data: data)
        assertRows(result, ["value": (0.124707272702514, 0.0151479477204379, 8.23261837207537, 6.46360861147400e-14),
                            "capital": (0.339478995248293, 0.0248205204919011, 13.67735198619482, 1.35474463254356e-28)])
        assertClose(result.statistic("r_squared")!, 0.651545244882513, relative: Grunfeld.tolerance)
        assertClose(result.statistic("adj_r_squared")!, 0.585382949607041, relative: Grunfeld.tolerance)
        assertClose(residualSumOfSquares(result), 396202.96747794, relative: Grunfeld.tolerance)
        XCTAssertEqual(result.statistic("df_residual"), 158)
        // pFtest(w2, pooling model); pFtest(w2, plm(f, data = pu, model = "within", effect = "time"))
        try assertTest(result.tests.first { $0.name == "F test for two-way effects" }, statistic: 17.094604472637, df: 28, df2: 158, p: 8.87156282398934e-35)
        try assertTest(result.tests.first { $0.name == "F test for individual effects given time effects" },
                       statistic: 51.2249216219653, df: 9, df2: 158, p: 2.11943316145695e-42)
        // sqrt(diag(vcovHC(w2, method = "arellano", type = "HC1"))) and type = "HC0"
        assertStandardErrors(try Grunfeld.fit("fe", covariance: .cluster(["firm"]), options: ["effect": "twoways", "cluster_convention": "plm"], data: data),
                             [0.0173211657282442, 0.0452189437716105])
        assertStandardErrors(try Grunfeld.fit("fe", covariance: .cluster(["firm"]), options: ["effect": "twoways", "cluster_convention": "plm-hc0"], data: data),
                             [0.0172292756066345, 0.0449790537834062])
    }

    /// The two-way within fit equals least squares with unit and period dummies (LSDV), computed
    /// here by the OLS plug-in; its fitted values, which include both effects, agree too.
    func testTwoWayEqualsDummyVariableRegression() throws {
        let data = try Grunfeld.unbalanced()
        let within = try Grunfeld.fit("fe", options: ["effect": "twoways"], data: data)
        let dummies = try OLSEstimator().fit(data, request: FitRequest(formula: try Formula("inv ~ value + capital + factor(firm) + factor(year)")))
        for term in ["value", "capital"] {
            assertClose(within.coefficient(term)!.estimate, dummies.coefficient(term)!.estimate, relative: 1e-9, term)
            assertClose(within.coefficient(term)!.stdError, dummies.coefficient(term)!.stdError, relative: 1e-9, term)
        }
        for (a, b) in zip(within.fitted, dummies.fitted) {
            XCTAssertEqual(a == nil, b == nil)
            if let a, let b { assertClose(a, b, relative: 1e-9) }
        }
        let effects = try XCTUnwrap(PanelEffects(within))
        XCTAssertEqual(effects.time["1935"], 0, "the first period's effect is the reference")
        XCTAssertEqual(effects.unit.count, 10)
        XCTAssertEqual(effects.time.count, 20)
    }

    func testTimeEffectsMatchPlm() throws {
        // wt <- plm(f, data = pu, model = "within", effect = "time"); summary(wt)$coefficients; df.residual(wt)
        let result = try Grunfeld.fit("fe", options: ["effect": "time"], data: try Grunfeld.unbalanced())
        assertRows(result, ["value": (0.119052810164764, 0.00654916161675836, 18.17832833138907, 1.97511894159902e-41),
                            "capital": (0.188410142938898, 0.03464311205986906, 5.43860328175176, 1.88072757372490e-07)])
        XCTAssertEqual(result.statistic("df_residual"), 167)
        XCTAssertNil(result.statistic("sigma_u"))
    }

    /// Stata's R-squared measures, sigma_u and _cons, computed in R from their definitions:
    /// `b <- coef(w); xb <- as.matrix(ub[, c("value", "capital")]) %*% b; mx <- ave(xb, ub$firm); my <- ave(ub$inv, ub$firm)`;
    /// within `cor(xb - mx, ub$inv - my)^2`, between `cor(tapply(xb, ub$firm, mean), tapply(ub$inv, ub$firm, mean))^2`,
    /// overall `cor(xb, ub$inv)^2`, `sd(fixef(w))`, `mean(ub$inv - xb)`.
    func testStataMeasuresOnTheUnbalancedPanel() throws {
        let result = try Grunfeld.fit("fe", data: try Grunfeld.unbalanced())
        assertClose(result.statistic("r_squared_within")!, 0.713487455019368, relative: Grunfeld.tolerance)
        assertClose(result.statistic("r_squared_between")!, 0.794430667085167, relative: Grunfeld.tolerance)
        assertClose(result.statistic("r_squared_overall")!, 0.768934105860041, relative: Grunfeld.tolerance)
        assertClose(result.statistic("sigma_u")!, 87.3521855125879, relative: Grunfeld.tolerance)
        assertClose(result.statistic("intercept")!, -59.4525875175081, relative: Grunfeld.tolerance)
        let sigmaU = result.statistic("sigma_u")!, sigmaE = result.statistic("sigma_e")!
        assertClose(result.statistic("rho")!, sigmaU * sigmaU / (sigmaU * sigmaU + sigmaE * sigmaE), relative: 1e-12)
    }
}
