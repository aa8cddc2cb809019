import XCTest
@testable import GravityCore

final class PanelStructureTests: XCTestCase {
    private func structure(units: [String?], years: [Double]) throws -> PanelStructure {
        let d = try Dataset([("u", Column.text(units)), ("t", .numeric(years)), ("y", .numeric(years.map { $0 * 2 })), ("x", .numeric(years))])
        let frame = try ModelFrame(dataset: d, formula: try Formula("y ~ x"), groupColumns: ["u", "t"], extraParts: .reject("ols"))
        return try PanelStructure(frame: frame, specification: PanelSpecification(unit: "u", time: "t"))
    }

    func testBalancedPanel() throws {
        let p = try structure(units: ["A", "A", "B", "B"], years: [2000, 2001, 2001, 2000])
        XCTAssertTrue(p.isBalanced)
        XCTAssertEqual(p.unitCount, 2)
        XCTAssertEqual(p.periodCount, 2)
        XCTAssertTrue(p.unitsWithGaps.isEmpty)
    }

    func testGapsAreReported() throws {
        let p = try structure(units: ["A", "A", "A", "B", "B", "B", "B"], years: [2000, 2003, 2001, 2000, 2001, 2002, 2003])
        XCTAssertFalse(p.isBalanced)
        XCTAssertEqual(p.unitsWithGaps.count, 1)
        XCTAssertEqual(p.gaps(limit: 3)[0].unit, "A")
        XCTAssertEqual(p.gaps(limit: 3)[0].periods, ["2002"])
        XCTAssertEqual(p.minimumPeriods, 3)
    }

    func testDuplicatePairsAreAnError() {
        XCTAssertThrowsError(try structure(units: ["A", "A", "B"], years: [2000, 2000, 2000])) { error in
            XCTAssertTrue("\(error)".contains("1 duplicate u-t pair(s), for example (A, 2000)"), "\(error)")
        }
    }

    func testSinglePeriodIsAnErrorThatSaysWhatToDo() throws {
        let p = try structure(units: ["A", "B"], years: [2000, 2000])
        XCTAssertThrowsError(try p.requireRepeatedObservations(estimator: "fe")) { error in
            XCTAssertTrue("\(error)".contains("single period"), "\(error)")
        }
    }
}

final class PanelSummaryTests: XCTestCase {
    func testSummaryNamesTheGaps() throws {
        let unit = Grouping(name: "u", codes: [0, 0, 0, 1, 1], levels: ["A", "B"])
        let time = Grouping(name: "t", codes: [0, 2, 3, 0, 1], levels: ["2000", "2001", "2002", "2003"])
        let panel = try PanelStructure(unit: unit, time: time)
        XCTAssertEqual(panel.summary, "2 units x 4 periods, 5 observations, unbalanced (periods per unit 2-3); 1 unit(s) with gaps inside their span (A: 2001)")
    }
}
