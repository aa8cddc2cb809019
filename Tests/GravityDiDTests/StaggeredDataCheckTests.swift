import GravityKit
import GravityTestKit
import XCTest

/// The data checks of the family, each with a message that says what is wrong and what to do.
final class StaggeredDataCheckTests: XCTestCase {
    /// Eight units over periods 2001-2006: cohorts 2003 (units 0-2), 2005 (3-5), never (6-7).
    private func panel(cohorts: [Double] = [2003, 2003, 2003, 2005, 2005, 2005, 0, 0]) throws -> Dataset {
        var random = SeededRandom(seed: 3)
        var unit: [Double] = [], year: [Double] = [], cohort: [Double] = [], y: [Double] = [], x: [Double] = []
        for (u, g) in cohorts.enumerated() {
            for t in 2001...2006 {
                unit.append(Double(u)); year.append(Double(t)); cohort.append(g)
                x.append(random.normal())
                y.append(Double(u) + (g > 0 && Double(t) >= g ? 1 : 0) + random.normal(sd: 0.1))
            }
        }
        return try Dataset([("id", .numeric(unit)), ("year", .numeric(year)), ("g", .numeric(cohort)), ("y", .numeric(y)), ("x", .numeric(x))])
    }

    private func fit(_ data: Dataset, formula: String = "y ~ 1", options: [String: String] = ["cohort": "g"]) throws -> EstimationResult {
        try CallawaySantAnnaEstimator().fit(data, request: FitRequest(formula: try Formula(formula), panel: PanelSpecification(unit: "id", time: "year"), options: options))
    }

    private func assertFails(_ data: Dataset, options: [String: String] = ["cohort": "g"], saying phrase: String, line: UInt = #line) {
        XCTAssertThrowsError(try fit(data, options: options), line: line) { XCTAssertTrue("\($0)".contains(phrase), "\($0)", line: line) }
    }

    func testCohortChangingWithinUnitIsRejected() throws {
        var data = try panel()
        var g = try data.numeric("g")
        g[3] = 2004
        try data.setColumn("g", .numeric(g))
        assertFails(data, saying: "changes within unit 0")
    }

    func testTreatmentSwitchingOffIsRejected() throws {
        var data = try panel()
        var d = zip(try data.numeric("g"), try data.numeric("year")).map { $0 > 0 && $1 >= $0 ? 1.0 : 0.0 }
        XCTAssertNoThrow(try fit(data.adding("d", d), options: ["treatment": "d"]))
        d[5] = 0
        assertFails(try data.adding("d", d), options: ["treatment": "d"], saying: "Treatment switches off for unit 0")
    }

    func testGapsAreNamed() throws {
        let data = try panel().filter { $0 != 8 }
        assertFails(data, saying: "lack a row for some period (1: 2003)")
    }

    func testMissingValuesDropTheWholeUnit() throws {
        var data = try panel()
        var y = try data.numeric("y")
        y[8] = .nan
        try data.setColumn("y", .numeric(y))
        let result = try fit(data)
        XCTAssertTrue(result.notes.contains { $0.contains("1 unit(s) with missing values in some period were dropped") }, "\(result.notes)")
        XCTAssertEqual(result.nobs, 7 * 6)
    }

    func testFirstPeriodTreatedUnitsAreDroppedAndSingleUnitCohortsWarned() throws {
        let result = try fit(try panel(cohorts: [2001, 2003, 2003, 2005, 2005, 2006, 0, 0]))
        XCTAssertTrue(result.notes.contains { $0.hasPrefix("1 unit(s) treated already in the first period 2001 were dropped") }, "\(result.notes)")
        XCTAssertTrue(result.notes.contains { $0.contains("cohort(s) 2006 have a single unit") }, "\(result.notes)")
    }

    func testNeverTreatedControlsNeedNeverTreatedUnits() throws {
        let data = try panel(cohorts: [2003, 2003, 2003, 2005, 2005, 2005, 2006, 2006])
        assertFails(data, options: ["cohort": "g", "control": "never"], saying: "use not-yet-treated controls (--control notyet)")
        let result = try fit(data, options: ["cohort": "g", "control": "notyet"])
        XCTAssertTrue(result.notes.contains { $0.hasPrefix("Group-time cells without control units were left out: (2003, 2006)") }, "\(result.notes)")
    }

    func testCohortsMustBePeriodsAndTimingMustBeGiven() throws {
        assertFails(try panel(cohorts: [2003.5, 2003, 2003, 2005, 2005, 2005, 0, 0]), saying: "cohort 2003.5 in `g`, which is not one of the periods")
        assertFails(try panel(), options: [:], saying: "needs the treatment timing")
    }

    func testBootstrapBandsAreSeededAndWiderThanPointwise() throws {
        let first = try fit(try panel(), options: ["cohort": "g", "bootstrap": "499", "seed": "11"])
        let again = try fit(try panel(), options: ["cohort": "g", "bootstrap": "499", "seed": "11"])
        let critical = value(section(first, "uniform_bands")?["dynamic"]?["critical_value"])
        XCTAssertEqual(critical, value(section(again, "uniform_bands")?["dynamic"]?["critical_value"]))
        XCTAssertGreaterThan(critical, 1.96)
        XCTAssertLessThan(critical, 4)
    }
}

extension Dataset {
    /// The dataset with a numeric column added.
    func adding(_ name: String, _ values: [Double]) throws -> Dataset {
        var copy = self
        try copy.addColumn(name, .numeric(values))
        return copy
    }
}
