import XCTest
@testable import GravityCore

final class ModelFrameTests: XCTestCase {
    private func data() throws -> Dataset {
        try Dataset([
            ("y", .numeric([1, 2, 3, 4, 5, 6])),
            ("x", .numeric([1, 0, 2, -1, 3, 4])),
            ("z", .numeric([2, 2, .nan, 3, 1, 5])),
            ("g", Column.text(["b", "a", "b", "c", "a", "c"])),
        ])
    }

    func testLogOfNonPositiveValuesIsCountedAndDropped() throws {
        let frame = try ModelFrame(dataset: try data(), formula: try Formula("y ~ log(x)"), extraParts: .reject("ols"))
        XCTAssertEqual(frame.rowIndices, [0, 2, 4, 5])
        XCTAssertEqual(frame.design.columnNames, ["(Intercept)", "log(x)"])
        XCTAssertTrue(frame.notes.contains { $0.hasPrefix("log(x): 2 row(s) with non-positive values under log()") }, "\(frame.notes)")
        XCTAssertTrue(frame.notes.contains { $0.hasPrefix("2 of 6 rows dropped") }, "\(frame.notes)")
    }

    func testMissingValuesDropRowsWithCounts() throws {
        let frame = try ModelFrame(dataset: try data(), formula: try Formula("y ~ x + z"), extraParts: .reject("ols"))
        XCTAssertEqual(frame.observationCount, 5)
        XCTAssertEqual(frame.response, [1, 2, 4, 5, 6])
        XCTAssertTrue(frame.notes.contains("1 of 6 rows dropped for missing or undefined values (z: 1)."), "\(frame.notes)")
        XCTAssertEqual(frame.alignedToInput(frame.response).map { $0 == nil }, [false, false, true, false, false, false])
    }

    func testTextColumnsAndFactorsBecomeTreatmentDummies() throws {
        let frame = try ModelFrame(dataset: try data(), formula: try Formula("y ~ x + g"), extraParts: .reject("ols"))
        XCTAssertEqual(frame.design.columnNames, ["(Intercept)", "x", "gb", "gc"])
        XCTAssertEqual(frame.design.matrix.column(2), [1, 0, 1, 0, 0, 0])
        let noIntercept = try ModelFrame(dataset: try data(), formula: try Formula("y ~ factor(g) - 1"), extraParts: .reject("ols"))
        XCTAssertEqual(noIntercept.design.columnNames, ["factor(g)a", "factor(g)b", "factor(g)c"])
        let numericFactor = try ModelFrame(dataset: try data(), formula: try Formula("y ~ factor(x)"), extraParts: .reject("ols"))
        XCTAssertEqual(numericFactor.design.columnNames, ["(Intercept)", "factor(x)0", "factor(x)1", "factor(x)2", "factor(x)3", "factor(x)4"])
    }

    func testInteractionsAndArithmetic() throws {
        let frame = try ModelFrame(dataset: try data(), formula: try Formula("y ~ x*g + I(x^2)"), extraParts: .reject("ols"))
        XCTAssertEqual(frame.design.columnNames, ["(Intercept)", "x", "gb", "gc", "x:gb", "x:gc", "I(x^2)"])
        XCTAssertEqual(frame.design.matrix.column(4), [1, 0, 2, 0, 0, 0])
        XCTAssertEqual(frame.design.matrix.column(6), [1, 0, 4, 1, 9, 16])
    }

    func testFixedEffectPartsBecomeGroupings() throws {
        let frame = try ModelFrame(dataset: try data(), formula: try Formula("y ~ x | g"), extraParts: .groupings)
        XCTAssertEqual(frame.fixedEffects.map(\.name), ["g"])
        XCTAssertEqual(frame.fixedEffects[0].levels, ["a", "b", "c"])
        XCTAssertEqual(frame.fixedEffects[0].codes, [1, 0, 1, 2, 0, 2])
        XCTAssertThrowsError(try ModelFrame(dataset: try data(), formula: try Formula("y ~ x | g"), extraParts: .reject("ols")))
    }

    func testUnknownVariableNamesClosest() throws {
        XCTAssertThrowsError(try ModelFrame(dataset: try data(), formula: try Formula("y ~ xx"), extraParts: .reject("ols"))) { error in
            XCTAssertEqual(error as? GravityError, .unknownVariable("xx", suggestions: ["x"]))
        }
    }

    func testNoCompleteRowsIsAnError() throws {
        let d = try Dataset([("y", .numeric([1, 2])), ("x", .numeric([-1, 0]))])
        XCTAssertThrowsError(try ModelFrame(dataset: d, formula: try Formula("y ~ log(x)"), extraParts: .reject("ols"))) { error in
            XCTAssertTrue("\(error)".contains("No complete rows"), "\(error)")
        }
    }
}
