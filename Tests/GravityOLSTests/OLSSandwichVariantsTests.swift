import GravityKit
import GravityTestKit
import XCTest

/// HC0, HC2, HC3, one- and two-way clustering and factor dummies against R 4.2.2 with sandwich 3.0-2
/// on the bundled Grunfeld copy. Values printed by:
///   m <- lm(inv ~ value + capital, data = df)
///   sqrt(diag(vcovHC(m, type = "HC0" / "HC2" / "HC3")))
///   sqrt(diag(vcovCL(m, cluster = ~ firm + year, type = "HC1")))
///   sqrt(diag(vcovCL(m, cluster = ~ year, type = "HC1")))
///   coef(lm(inv ~ value + capital + factor(firm), data = df))[4:6]
/// Tolerance 1e-10 relative: closed forms, 15 printed digits.
final class OLSSandwichVariantsTests: XCTestCase {
    private func standardErrors(_ covariance: CovarianceSpecification, formula: String = "inv ~ value + capital") throws -> EstimationResult {
        let data = try DataReader.read(path: SharedData.repositoryPath("Examples/Data/grunfeld.csv"))
        return try OLSEstimator().fit(data, request: FitRequest(formula: try Formula(formula), covariance: covariance))
    }

    private func check(_ covariance: CovarianceSpecification, _ expected: [Double], file: StaticString = #filePath, line: UInt = #line) throws {
        let result = try standardErrors(covariance)
        for (se, value) in zip(result.standardErrors, expected) {
            assertClose(se, value, relative: 1e-10, "\(covariance)", file: file, line: line)
        }
    }

    func testHeteroskedasticityConsistentVariants() throws {
        try check(.heteroskedastic(.hc0), [11.4875628555815, 0.00675967929005367, 0.0484976632393008])
        try check(.heteroskedastic(.hc2), [12.6678742944202, 0.0069550258013054, 0.0531650538310572])
        try check(.heteroskedastic(.hc3), [14.0134954665853, 0.00716266624438006, 0.0585098662053139])
    }

    func testClusteringByYearAndTwoWay() throws {
        try check(.cluster(["year"]), [10.2728909498691, 0.00790949349727884, 0.038672337482828])
        try check(.cluster(["firm", "year"]), [19.716680683803, 0.0163951494501116, 0.0795431892874803])
    }

    func testFactorDummiesMatchR() throws {
        let result = try standardErrors(.classical, formula: "inv ~ value + capital + factor(firm)")
        XCTAssertEqual(Array(result.terms.prefix(4)), ["(Intercept)", "value", "capital", "factor(firm)2"])
        for (term, value) in zip(["factor(firm)2", "factor(firm)3", "factor(firm)4"], [172.202531186123, -165.275123553806, 42.4874228950526]) {
            assertClose(result.coefficient(term)!.estimate, value, relative: 1e-10, term)
        }
    }
}
