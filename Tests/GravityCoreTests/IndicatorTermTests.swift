import XCTest
@testable import GravityCore

/// fixest's `i()` in formulas: names as fixest writes them (`rel::-2`, `rel::0:x`), reference
/// levels left out, interactions multiplied in, clear errors.
final class IndicatorTermTests: XCTestCase {
    private func data() throws -> Dataset {
        try Dataset([
            ("y", .numeric([1, 2, 3, 4, 5, 6])),
            ("rel", .numeric([-2, -1, 0, 1, -1000, .nan])),
            ("x", .numeric([2, 3, 4, 5, 6, 7])),
        ])
    }

    func testReferenceLevelsGetNoColumnAndNamesFollowFixest() throws {
        let frame = try ModelFrame(dataset: try data(), formula: try Formula("y ~ i(rel, ref = c(-1, -1000))"), extraParts: .reject("ols"))
        XCTAssertEqual(frame.design.columnNames, ["(Intercept)", "rel::-2", "rel::0", "rel::1"])
        XCTAssertEqual(frame.design.matrix.column(2), [0, 0, 1, 0, 0])
        XCTAssertTrue(frame.notes.contains { $0.hasPrefix("1 of 6 rows dropped") }, "\(frame.notes)")
    }

    func testInteractedVariableMultipliesTheIndicators() throws {
        let frame = try ModelFrame(dataset: try data(), formula: try Formula("y ~ i(rel, x, ref = -1) | rel"), extraParts: .groupings)
        XCTAssertEqual(frame.design.columnNames, ["(Intercept)", "rel::-1000:x", "rel::-2:x", "rel::0:x", "rel::1:x"])
        XCTAssertEqual(frame.design.matrix.column(3), [0, 0, 4, 0, 0])
    }

    func testWithoutReferenceEveryLevelIsAColumn() throws {
        let formula = try Formula("y ~ i(rel) - 1")
        XCTAssertEqual(formula.variables, ["y", "rel"])
        let frame = try ModelFrame(dataset: try data(), formula: formula, extraParts: .reject("ols"))
        XCTAssertEqual(frame.design.columnNames.count, 5)
    }

    func testErrorsNameTheProblem() throws {
        XCTAssertThrowsError(try ModelFrame(dataset: try data(), formula: try Formula("y ~ i(rel, ref = 7)"), extraParts: .reject("ols"))) {
            XCTAssertTrue("\($0)".contains("reference level `7` does not occur in `rel`"), "\($0)")
        }
        XCTAssertThrowsError(try Formula("y ~ i(rel, bin = 3)")) { XCTAssertTrue("\($0)".contains("not `bin`"), "\($0)") }
        XCTAssertThrowsError(try Formula("y ~ i(log(rel))")) { XCTAssertTrue("\($0)".contains("column name first"), "\($0)") }
        XCTAssertThrowsError(try ModelFrame(dataset: try data(), formula: try Formula("y ~ log(i(rel))"), extraParts: .reject("ols"))) {
            XCTAssertTrue("\($0)".contains("cannot be used inside arithmetic"), "\($0)")
        }
    }
}
