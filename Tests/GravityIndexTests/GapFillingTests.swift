import GravityKit
import XCTest

/// Interpolation within units over time, as Stata's `by id: ipolate y t` and `epolate`.
final class GapFillingTests: XCTestCase {
    /// Rows deliberately interleaved across units and out of time order.
    ///
    /// - A, 2000-2005: ., 2, ., ., 8, . (interior gap 2002-2003, leading 2000, trailing 2005)
    /// - B, 2000-2002: all missing
    /// - C, 2000-2002: ., 5, . (a single observation)
    /// - D, 2000, 2004, 2010 (unequal spacing, rows out of order): 0, ., 20
    private func panel() throws -> Dataset {
        let rows: [(String, Double, Double)] = [
            ("A", 2000, .nan), ("B", 2000, .nan), ("A", 2001, 2), ("D", 2010, 20), ("A", 2002, .nan), ("C", 2000, .nan),
            ("A", 2003, .nan), ("B", 2001, .nan), ("A", 2004, 8), ("C", 2001, 5), ("A", 2005, .nan), ("D", 2000, 0),
            ("B", 2002, .nan), ("C", 2002, .nan), ("D", 2004, .nan),
        ]
        return try Dataset([("id", .text(rows.map { $0.0 })), ("year", .numeric(rows.map { $0.1 })),
                            ("y", .numeric(rows.map { $0.2 }))])
    }

    private let spec = PanelSpecification(unit: "id", time: "year")

    private func value(_ result: GapFillResult, _ unit: String, _ year: Double) throws -> Double {
        let data = result.dataset
        let ids = try data.column("id"), years = try data.numeric("year"), y = try data.numeric("y")
        let row = try XCTUnwrap((0..<data.rowCount).first { ids.text(at: $0) == unit && years[$0] == year })
        return y[row]
    }

    func testInterpolationWithinUnitsOnly() throws {
        let result = try GapFilling.fill(panel(), panel: spec, variables: ["y"])
        // A: the line from (2001, 2) to (2004, 8) has slope 2, so 2002 -> 4 and 2003 -> 6.
        XCTAssertEqual(try value(result, "A", 2002), 4, accuracy: 1e-12)
        XCTAssertEqual(try value(result, "A", 2003), 6, accuracy: 1e-12)
        // D: from (2000, 0) to (2010, 20), 2004 -> 0 + 20 * 4 / 10 = 8.
        XCTAssertEqual(try value(result, "D", 2004), 8, accuracy: 1e-12)
        // Leading and trailing gaps, the all-missing unit and the single observation stay missing.
        XCTAssertTrue(try value(result, "A", 2000).isNaN)
        XCTAssertTrue(try value(result, "A", 2005).isNaN)
        for year in [2000.0, 2001, 2002] { XCTAssertTrue(try value(result, "B", year).isNaN) }
        XCTAssertTrue(try value(result, "C", 2000).isNaN)
        XCTAssertEqual(try value(result, "C", 2001), 5)

        XCTAssertEqual(result.filled.map { "\($0.unit) \($0.period) \($0.method.rawValue)" },
                       ["A 2002 interpolated", "A 2003 interpolated", "D 2004 interpolated"])
        XCTAssertEqual(result.filled.map(\.row), [4, 6, 14])
        let unfilled = result.unfilled.map { "\($0.unit) \($0.periods.joined(separator: "+")) \($0.reason)" }
        XCTAssertEqual(unfilled, ["A 2000 beforeFirstObservation", "A 2005 afterLastObservation",
                                  "B 2000+2001+2002 noObservation",
                                  "C 2000 beforeFirstObservation", "C 2002 afterLastObservation"])
        XCTAssertTrue(result.unfilled[0].note.contains("--extrapolate"))
    }

    func testExtrapolationUsesTheTwoNearestObservations() throws {
        let result = try GapFilling.fill(panel(), panel: spec, variables: ["y"], extrapolate: true)
        // A: the line through (2001, 2) and (2004, 8) gives 0 in 2000 and 10 in 2005.
        XCTAssertEqual(try value(result, "A", 2000), 0, accuracy: 1e-12)
        XCTAssertEqual(try value(result, "A", 2005), 10, accuracy: 1e-12)
        XCTAssertEqual(try value(result, "A", 2002), 4, accuracy: 1e-12)
        let methods = Dictionary(uniqueKeysWithValues: result.filled.map { ("\($0.unit) \($0.period)", $0.method) })
        XCTAssertEqual(methods["A 2000"], .extrapolated)
        XCTAssertEqual(methods["A 2005"], .extrapolated)
        XCTAssertEqual(methods["A 2003"], .interpolated)
        // B has nothing to extrapolate from, C only one point.
        XCTAssertEqual(result.unfilled.map(\.reason), [.noObservation, .singleObservation])
        XCTAssertEqual(result.unfilled[1].periods, ["2000", "2002"])
    }

    func testOtherColumnsAndCompleteVariablesAreUnchanged() throws {
        var data = try panel()
        try data.addColumn("z", .numeric((0..<data.rowCount).map(Double.init)))
        let result = try GapFilling.fill(data, panel: spec, variables: ["y", "z"])
        XCTAssertEqual(try result.dataset.numeric("z"), try data.numeric("z"))
        XCTAssertEqual(try result.dataset.column("id"), try data.column("id"))
        XCTAssertEqual(result.filled.count, 3)
    }

    func testTextYearsAreReadAsNumbers() throws {
        let data = try Dataset([("id", .text(["A", "A", "A"])), ("year", .text(["2001", "2002", "2003"])), ("y", .numeric([1, .nan, 3]))])
        let result = try GapFilling.fill(data, panel: spec, variables: ["y"])
        XCTAssertEqual(try result.dataset.numeric("y"), [1, 2, 3])
    }

    func testBadPanels() throws {
        let duplicated = try Dataset([("id", .text(["A", "A"])), ("year", .numeric([2001, 2001])), ("y", .numeric([1, .nan]))])
        XCTAssertThrowsError(try GapFilling.fill(duplicated, panel: spec, variables: ["y"])) { error in
            XCTAssertTrue("\(error)".contains("duplicate"), "\(error)")
        }
        let textTime = try Dataset([("id", .text(["A", "A"])), ("year", .text(["2001Q1", "2001Q2"])), ("y", .numeric([1, .nan]))])
        XCTAssertThrowsError(try GapFilling.fill(textTime, panel: spec, variables: ["y"])) { error in
            XCTAssertTrue("\(error)".contains("must hold finite numbers"), "\(error)")
        }
        let infinitePeriod = try Dataset([("id", .text(["A", "A", "A"])), ("year", .numeric([2001, .infinity, 2003])), ("y", .numeric([1, .nan, 3]))])
        XCTAssertThrowsError(try GapFilling.fill(infinitePeriod, panel: spec, variables: ["y"])) { error in
            XCTAssertTrue("\(error)".contains("it holds `inf`"), "\(error)")
        }
        XCTAssertThrowsError(try GapFilling.fill(panel(), panel: spec, variables: ["yy"])) { error in
            XCTAssertEqual(error as? GravityError, .unknownVariable("yy", suggestions: ["y"]))
        }
    }

    func testRowsWithoutUnitOrTimeAreLeftAlone() throws {
        let data = try Dataset([("id", .text(["A", nil, "A", "A"])), ("year", .numeric([2001, 2002, .nan, 2003])),
                                ("y", .numeric([1, .nan, .nan, 3]))])
        let result = try GapFilling.fill(data, panel: spec, variables: ["y"])
        XCTAssertTrue(result.filled.isEmpty)
        XCTAssertEqual(result.notes.count, 1)
        XCTAssertTrue(result.notes[0].hasPrefix("2 row(s)"), result.notes[0])
    }
}
