import Foundation
import GravityKit
import GravityTestKit
import XCTest

/// The blocks of a publication table: labels, order and omission of terms, auxiliary parameters,
/// fixed-effects rows, one row per kind of test, observation counts and the covariance footnote.
final class PublicationTableTests: XCTestCase {
    /// OLS with exporter-year and importer-year effects, clustered by pair, on 99,981 rows.
    static let absorbed: EstimationResult = {
        var result = KnownResults.result("ols", terms: ["log(DIST)", "CNTG"], estimates: [-1.2, 0.5], standardErrors: [0.05, 0.1], nobs: 99_981,
                                         covariance: "cluster-robust by pair_id (2301 pair_id clusters); factor G/(G-1)*(N-1)/(N-K)",
                                         tests: [TestResult(name: "Wald F test (all slopes zero, cluster:pair_id covariance)", statistic: 300, df: 2, df2: 2300,
                                                            pValue: 1e-12, distribution: "F")])
        result.fixedEffects = [FixedEffectSummary(name: "exporter^year", levelCount: 414, absorbedDegreesOfFreedom: 414),
                               FixedEffectSummary(name: "importer^year", levelCount: 414, absorbedDegreesOfFreedom: 413)]
        return result
    }()

    /// A frontier with its variance parameters among its terms and a chi-square test of the same kind as OLS's F.
    static let frontier = KnownResults.result("sfa-bc92", terms: ["(Intercept)", "log(DIST)", "sigmaSq", "gamma", "eta"],
                                              estimates: [10, -1.1, 0.8, 0.9, 0.05], standardErrors: [1, 0.1, 0.2, 0.05, 0.02], nobs: 1_234,
                                              covariance: "observed information: inverse of minus the Hessian",
                                              tests: [TestResult(name: "Wald test (all slopes zero)", statistic: 121, df: 1, pValue: 1e-20, distribution: "chi2"),
                                                      TestResult(name: "LR test of no inefficiency (frontier vs OLS)", statistic: 30, df: 3, pValue: 1e-6,
                                                                 distribution: "mixed chi2")])

    private func rows(_ table: RegressionTable) -> [String] {
        table.render(.csv).split(separator: "\n").map(String.init)
    }

    func testBlocksOfAFixedEffectsAndAFrontierColumn() {
        let table = RegressionTable(models: [Self.absorbed, Self.frontier], labels: ["OLS, FE", nil],
                                    options: .init(statistics: [], renames: ["log(DIST)": "Log distance"]))
        XCTAssertEqual(rows(table), [
            ",(1),(2)",
            ",\"OLS, FE\",Frontier (BC92)",
            "Log distance,-1.200***,-1.100***",
            ",(0.050),(0.100)",
            "CNTG,0.500***,",
            ",(0.100),",
            "(Intercept),,10.000***",
            ",,(1.000)",
            "σ²,,0.800",
            ",,(0.200)",
            "γ,,0.900",
            ",,(0.050)",
            "η,,0.050",
            ",,(0.020)",
            "Exporter-year FE,Yes,No",
            "Importer-year FE,Yes,No",
            "Observations,\"99,981\",\"1,234\"",
            "Joint significance,300.000,121.000",
            "p-value,[0.000],[0.000]",
            "\"LR test, no inefficiency\",,30.000",
            "p-value,,[0.000]",
            "Dependent variable: log(trade).,,",
            "\"Standard errors: (1) clustered by pair_id (2,301 clusters); (2) observed information (z tests).\",,",
            "Standard errors in parentheses.,,",
            "p-values of tests in brackets.,,",
            "Joint significance: (1) F; (2) chi2.,,",
            "\"* p<0.10, ** p<0.05, *** p<0.01\",,",
        ].map { $0 })
    }

    func testKeepOrdersAndDropOmits() {
        let keep = RegressionTable(models: [Self.absorbed, Self.frontier], options: .init(keep: ["CNTG", "log(DIST)", "absent"]))
        XCTAssertEqual(keep.terms, ["CNTG", "log(DIST)"])
        let drop = RegressionTable(models: [Self.absorbed, Self.frontier], options: .init(drop: ["(Intercept)", "eta"]))
        XCTAssertEqual(drop.terms, ["log(DIST)", "CNTG"])
        XCTAssertFalse(rows(drop).contains { $0.hasPrefix("η") })
        let json = drop.json()
        XCTAssertEqual(json["fixed_effects"], .array([
            .object([("name", .string("exporter^year")), ("values", .array([.bool(true), .bool(false)]))]),
            .object([("name", .string("importer^year")), ("values", .array([.bool(true), .bool(false)]))]),
        ]))
    }

    func testATestThatCannotBeComputedSaysWhyInsteadOfAStatistic() {
        let degenerate = TestResult(name: "Regression-based Hausman test (cluster-robust)", statistic: .nan, df: 7, pValue: .nan, distribution: "chi2",
                                    note: "6 clusters for 13 coefficients of the auxiliary regression (5 tested): a cluster-robust covariance has rank at most G - 1 = 5.")
        XCTAssertEqual(TestDescription.line(degenerate), "Regression-based Hausman test (cluster-robust): not computable. 6 clusters for 13 coefficients of the auxiliary regression (5 tested): a cluster-robust covariance has rank at most G - 1 = 5.")
        let zh = TestDescription.line(degenerate, language: .zh)
        XCTAssertTrue(zh.hasPrefix("稳健Hausman检验（辅助回归，聚类稳健）：无法计算。"), zh)
        XCTAssertTrue(zh.contains("6 个聚类") && zh.contains("13 个系数"), zh)
        XCTAssertFalse(zh.contains("p ="), zh)
    }
}
