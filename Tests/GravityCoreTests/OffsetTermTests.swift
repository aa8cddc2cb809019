import XCTest
@testable import GravityCore

/// `offset(x)` terms in the model frame.
final class OffsetTermTests: XCTestCase {
    private func data() throws -> Dataset {
        try Dataset([
            ("y", .numeric([1, 2, 3, 4, 5, 6])),
            ("x", .numeric([1, 0, 2, -1, 3, 4])),
            ("d", .numeric([1, 10, 100, .nan, 1000, 1])),
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
}
