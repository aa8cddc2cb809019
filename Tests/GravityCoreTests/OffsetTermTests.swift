import XCTest
@testable import GravityCore

/// `offset(x)` terms and observation weights in the model frame.
final class OffsetAndWeightsTests: XCTestCase {
    private func data() throws -> Dataset {
        try Dataset([
            ("y", .numeric([1, 2, 3, 4, 5, 6])),
            ("x", .numeric([1, 0, 2, -1, 3, 4])),
            ("d", .numeric([1, 10, 100, .nan, 1000, 1])),
            ("w", .numeric([1, 2, 0, 1, .nan, 3])),
        ])
    }

    func testOffsetIsNotARegressorAndSumsItsTerms() throws {
        let formula = try Formula("y ~ x + offset(log(d)) + offset(x)")
        XCTAssertEqual(formula.rhs.terms.map(\.name), ["x"])
        XCTAssertEqual(formula.offsets.count, 2)
        XCTAssertEqual(formula.variables, ["y", "x", "d"])
        let frame = try ModelFrame(dataset: try data(), formula: formula, extraParts: .reject("ppml"), acceptsOffset: true)
        XCTAssertEqual(frame.design.columnNames, ["(Intercept)", "x"])
        XCTAssertEqual(frame.rowIndices, [0, 1, 2, 4, 5])
        let expected: [Double] = [0 + 1, log(10.0) + 0, log(100.0) + 2, log(1000.0) + 3, 0 + 4]
        for (a, b) in zip(frame.offset!, expected) { XCTAssertEqual(a, b, accuracy: 1e-12) }
        XCTAssertTrue(frame.notes.contains { $0.contains("offset(log(d)): 1") }, "\(frame.notes)")
    }

    func testOffsetRefusedWhereTheEstimatorIgnoresIt() throws {
        XCTAssertThrowsError(try ModelFrame(dataset: try data(), formula: try Formula("y ~ x + offset(d)"), extraParts: .reject("ols"))) { error in
            XCTAssertTrue("\(error)".contains("offset()"), "\(error)")
        }
        XCTAssertThrowsError(try Formula("y ~ x:offset(d)"))
        XCTAssertThrowsError(try Formula("y ~ x | offset(d)"))
    }

    func testWeightsDropMissingAndZeroAndRefuseNegative() throws {
        let frame = try ModelFrame(dataset: try data(), formula: try Formula("y ~ x"), extraParts: .reject("ppml"), weightColumn: "w")
        XCTAssertEqual(frame.rowIndices, [0, 1, 3, 5])
        XCTAssertEqual(frame.weights, [1, 2, 1, 3])
        XCTAssertTrue(frame.notes.contains("2 of 6 rows dropped for missing or undefined values (w: 1, w (zero weight): 1)."), "\(frame.notes)")
        var negative = try data()
        try negative.setColumn("w", .numeric([1, -2, 1, -1, 1, 1]))
        XCTAssertThrowsError(try ModelFrame(dataset: negative, formula: try Formula("y ~ x"), extraParts: .reject("ppml"), weightColumn: "w")) { error in
            XCTAssertTrue("\(error)".contains("2 negative value(s)"), "\(error)")
        }
    }
}
