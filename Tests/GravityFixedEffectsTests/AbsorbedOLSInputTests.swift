import GravityKit
import GravityTestKit
import XCTest

/// Bad input to `ols` with fixed effects gets a clear error; singletons are counted.
final class AbsorbedOLSInputTests: XCTestCase {
    private func data() throws -> Dataset {
        var random = SeededRandom(seed: 9)
        let n = 60
        let firm = (0..<n).map { Double($0 / 6) }, year = (0..<n).map { Double($0 % 6) }
        let x = (0..<n).map { _ in random.normal() }
        let region = firm.map { $0 < 5 ? 0.0 : 1.0 }
        let y = (0..<n).map { 2 * x[$0] + firm[$0] + random.normal() }
        return try Dataset([("y", .numeric(y)), ("x", .numeric(x)), ("firm", .numeric(firm)), ("year", .numeric(year)),
                            ("region", .numeric(region)), ("solo", .numeric((0..<n).map { $0 == 0 ? 99 : Double($0 % 3) }))])
    }

    private func fit(_ formula: String, vcov: String = "classical", options: [String: String] = [:]) throws -> EstimationResult {
        try OLSEstimator().fit(try data(), request: FitRequest(formula: try Formula(formula), covariance: try CovarianceSpecification(parsing: vcov), options: options))
    }

    func testEveryRegressorAbsorbedIsAnError() {
        XCTAssertThrowsError(try fit("y ~ region | firm")) { XCTAssertTrue("\($0)".contains("collinear with the fixed effects"), "\($0)") }
    }

    func testAbsorbedRegressorIsNamedAndDropped() throws {
        let result = try fit("y ~ x + region | firm")
        XCTAssertEqual(result.terms, ["x"])
        XCTAssertTrue(result.notes.contains("`region` omitted: collinear with the fixed effects."), "\(result.notes)")
    }

    func testUnknownFixedEffectSuggestsAName() {
        XCTAssertThrowsError(try fit("y ~ x | frim")) { XCTAssertTrue("\($0)".contains("Did you mean `firm`"), "\($0)") }
    }

    func testClusterLimitsAndCounts() throws {
        XCTAssertThrowsError(try CovarianceSpecification(parsing: "cluster:a,b,c,d,e")) { XCTAssertTrue("\($0)".contains("at most four"), "\($0)") }
        XCTAssertThrowsError(try CovarianceSpecification(parsing: "cluster:"))
        XCTAssertThrowsError(try fit("y ~ x | year", options: ["weights": "solo"])) { XCTAssertTrue("\($0)".contains("Weights must be positive"), "\($0)") }
        let single = try data().selecting(where: try RowCondition("region == 0"))
        XCTAssertThrowsError(try OLSEstimator().fit(single, request: FitRequest(formula: try Formula("y ~ x | year"), covariance: .cluster(["region"])))) {
            XCTAssertTrue("\($0)".contains("needs at least two clusters; the sample has 1"), "\($0)")
        }
    }

    func testHC2RefusedWithFixedEffects() {
        XCTAssertThrowsError(try fit("y ~ x | firm", vcov: "hc2")) { XCTAssertTrue("\($0)".contains("not defined with absorbed fixed effects"), "\($0)") }
    }

    func testSingletonsCountedOrKept() throws {
        let dropped = try fit("y ~ x | firm + solo")
        XCTAssertEqual(dropped.nobs, 59)
        XCTAssertTrue(dropped.notes.contains { $0.hasPrefix("1 singleton row(s) dropped") }, "\(dropped.notes)")
        XCTAssertEqual(dropped.fixedEffects.map(\.levelsRemoved), [0, 1])
        let kept = try fit("y ~ x | firm + solo", options: ["drop_singletons": "false"])
        XCTAssertEqual(kept.nobs, 60)
        XCTAssertEqual(kept.fixedEffects.map(\.levelCount), [10, 4])
    }

    func testFittedValuesAddTheEffects() throws {
        let result = try fit("y ~ x | firm + year")
        let data = try data()
        let y = try data.numeric("y"), x = try data.numeric("x")
        let b = result.estimates[0]
        for i in 0..<data.rowCount {
            let effects = result.fixedEffectValues.map { $0[i]! }.reduce(0, +)
            assertClose(result.fitted[i]!, b * x[i] + effects, relative: 1e-9, absolute: 1e-9)
            assertClose(result.fitted[i]! + result.residuals[i]!, y[i], relative: 1e-12, absolute: 1e-12)
        }
        XCTAssertEqual(result.fixedEffectValues[1][0], 0, "first year is the reference")
    }
}
