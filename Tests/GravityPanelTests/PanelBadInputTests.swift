import GravityKit
import GravityTestKit
import XCTest

/// Input a panel estimator cannot use as given gets a message that says what is wrong and what
/// to do; input it can use with care gets a note.
final class PanelBadInputTests: XCTestCase {
    private func request(_ formula: String = Grunfeld.formula, covariance: CovarianceSpecification = .classical,
                         options: [String: String] = [:]) throws -> FitRequest {
        FitRequest(formula: try Formula(formula), panel: Grunfeld.panel, covariance: covariance, options: options)
    }

    private func assertError(_ model: String, _ data: Dataset, _ request: FitRequest, contains text: String,
                             file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try EstimatorRegistry.standard().estimator(named: model).fit(data, request: request), file: file, line: line) { error in
            XCTAssertTrue("\(error)".contains(text), "\(error)", file: file, line: line)
        }
    }

    func testDuplicateUnitPeriodPairsAreRejected() throws {
        let data = try Grunfeld.data()
        let duplicated = data.selecting(rows: Array(0..<data.rowCount) + [0])
        for model in ["fe", "re", "be", "fd"] {
            assertError(model, duplicated, try request(), contains: "1 duplicate firm-year pair(s), for example (1, 1935)")
        }
    }

    func testASinglePeriodIsRejected() throws {
        let year = try Grunfeld.data().numeric("year")
        let oneYear = try Grunfeld.data().filter { year[$0] == 1935 }
        for model in ["fe", "re", "be", "fd"] {
            assertError(model, oneYear, try request(), contains: "single period (1935)")
        }
    }

    /// Firm 10 keeps one row: `fe` notes it and its estimates equal those without firm 10;
    /// `fd` notes that it has no difference.
    func testAUnitWithOneObservationIsNoted() throws {
        let data = try Grunfeld.data()
        let firm = try data.numeric("firm"), year = try data.numeric("year")
        let single = data.filter { firm[$0] != 10 || year[$0] == 1935 }
        let without = data.filter { firm[$0] != 10 }
        let fe = try FixedEffectsEstimator().fit(single, request: try request())
        XCTAssertTrue(fe.notes.contains("1 unit(s) have a single observation; they are kept but do not inform the within estimates."), "\(fe.notes)")
        let reference = try FixedEffectsEstimator().fit(without, request: try request())
        for (a, b) in zip(fe.estimates, reference.estimates) { assertClose(a, b, relative: 1e-10) }
        let fd = try FirstDifferenceEstimator().fit(single, request: try request())
        XCTAssertTrue(fd.notes.contains("1 unit(s) have a single observation; they have no first difference."), "\(fd.notes)")
    }

    func testARegressorConstantWithinUnitsIsNamedAndDroppedUnderFE() throws {
        var data = try Grunfeld.data()
        try data.addColumn("size", .numeric(try data.numeric("firm").map { $0 * $0 }))
        try data.addColumn("trend", .numeric(try data.numeric("year")))
        let fe = try FixedEffectsEstimator().fit(data, request: try request("inv ~ value + size + capital"))
        XCTAssertEqual(fe.terms, ["value", "capital"])
        XCTAssertTrue(fe.notes.contains("`size` does not vary within units and is absorbed by the unit effects; it was dropped."), "\(fe.notes)")
        let plain = try Grunfeld.fit("fe")
        for (a, b) in zip(fe.estimates, plain.estimates) { assertClose(a, b, relative: 1e-10) }
        let twoWay = try FixedEffectsEstimator().fit(data, request: try request("inv ~ value + trend + capital", options: ["effect": "twoways"]))
        XCTAssertTrue(twoWay.notes.contains("`trend` is absorbed by the unit and time effects; it was dropped."), "\(twoWay.notes)")
        let re = try RandomEffectsEstimator().fit(data, request: try request("inv ~ value + size + capital"))
        XCTAssertEqual(re.terms, ["(Intercept)", "value", "size", "capital"], "random effects estimate time-invariant regressors")
        let fd = try FirstDifferenceEstimator().fit(data, request: try request("inv ~ value + size + capital"))
        XCTAssertTrue(fd.notes.contains("`size` does not change over time within units; first differences remove it."), "\(fd.notes)")
        assertError("fe", data, try request("inv ~ size"), contains: "Every regressor is absorbed by the individual effects (size)")
    }

    /// Unit means of the errors are exactly zero, so the between regression fits the unit means
    /// perfectly and the Swamy-Arora unit variance is negative: it is set to zero with a note and
    /// random effects reduce to pooled OLS.
    func testANegativeVarianceComponentIsSetToZeroWithANote() throws {
        var unit: [String] = [], period: [Double] = [], x: [Double] = [], y: [Double] = []
        for i in 1...6 {
            for t in 1...4 {
                unit.append("u\(i)")
                period.append(Double(t))
                let value = Double(t) + Double(i * i)
                x.append(value)
                y.append(1 + 2 * value + (t % 2 == 0 ? 1 : -1))
            }
        }
        let data = try Dataset([("unit", .text(unit)), ("t", .numeric(period)), ("x", .numeric(x)), ("y", .numeric(y))])
        let request = FitRequest(formula: try Formula("y ~ x"), panel: PanelSpecification(unit: "unit", time: "t"))
        let re = try RandomEffectsEstimator().fit(data, request: request)
        XCTAssertEqual(re.statistic("sigma_u"), 0)
        XCTAssertEqual(re.statistic("theta"), 0)
        XCTAssertTrue(re.notes.contains { $0.hasPrefix("The estimated variance of the unit effects is negative (") && $0.contains("set to 0 as plm and Stata do") }, "\(re.notes)")
        let ols = try OLSEstimator().fit(data, request: FitRequest(formula: try Formula("y ~ x")))
        for (a, b) in zip(re.estimates, ols.estimates) { assertClose(a, b, relative: 1e-10) }
    }

    func testUnsupportedCovariancesAndTooFewClustersAreErrors() throws {
        let data = try Grunfeld.data()
        assertError("fe", data, try request(covariance: .heteroskedastic(.hc1)), contains: "does not support `hc1` standard errors")
        assertError("be", data, try request(covariance: .cluster(["firm"])), contains: "does not support `cluster:firm` standard errors")
        var constant = data
        try constant.addColumn("everyone", .numeric([Double](repeating: 1, count: data.rowCount)))
        assertError("fe", constant, try request(covariance: .cluster(["everyone"])), contains: "needs at least two clusters; the sample has 1")
        assertError("fe", data, FitRequest(formula: try Formula(Grunfeld.formula)), contains: "needs a panel: give the unit and time columns (--id and --time)")
        assertError("re", data, try request(options: ["method": "swar"]), contains: "Option `method` takes one of swamy-arora, amemiya, wallace-hussain")
    }

    func testFirstDifferencesNeedConsecutivePeriods() throws {
        let data = try Grunfeld.data()
        let firm = try data.numeric("firm"), year = try data.numeric("year")
        let alternate = data.filter { (Int(firm[$0]) + Int(year[$0])) % 2 == 0 }
        assertError("fd", alternate, try request(), contains: "No unit is observed in two consecutive periods")
    }
}
