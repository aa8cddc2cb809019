import XCTest
@testable import GravityCore

/// R conditions in `I()` and `ifelse()`, and R's `ave()` group statistics: the book's variables
/// (INTL_BRDR, SMCTRY, year-specific terms, output and expenditure) written in the formula. The
/// expected values are worked out by hand from the six rows below, as R computes them:
/// `as.numeric(exporter != importer)`, `ifelse(...)`, `ave(trade, exporter, FUN = sum)`.
final class FormulaConditionTests: XCTestCase {
    private func data() throws -> Dataset {
        try Dataset([
            ("exporter", .text(codes: [0, 0, 1, 1, 0, 1], levels: ["CAN", "USA"])),
            ("importer", .text(codes: [0, 1, 0, 1, 1, -1], levels: ["CAN", "USA"])),
            ("year", .numeric([1986, 1986, 1986, 1986, 1990, 1990])),
            ("trade", .numeric([10, 2, 3, 20, 4, .nan])),
            ("pair_id", .numeric([1, 2, 2, 3, 2, 2])),
        ])
    }

    private func values(_ expression: String) throws -> [Double] {
        try data().evaluate(try Formula("y ~ \(expression)").rhs.terms[0].factors[0])
    }

    private func assertEqualAllowingNaN(_ actual: [Double], _ expected: [Double], file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(actual.count, expected.count, file: file, line: line)
        for (a, e) in zip(actual, expected) {
            XCTAssertTrue(a == e || (a.isNaN && e.isNaN), "\(actual) != \(expected)", file: file, line: line)
        }
    }

    func testConditionsInIAreOneZeroOrMissing() throws {
        assertEqualAllowingNaN(try values("I(exporter != importer)"), [0, 1, 1, 0, 1, .nan])
        assertEqualAllowingNaN(try values("I(exporter == \"USA\" & year %in% c(1990, 2006))"), [0, 0, 0, 0, 0, 1])
        assertEqualAllowingNaN(try values("I(!(year > 1986) | is.na(trade))"), [1, 1, 1, 1, 0, 1])
        XCTAssertEqual(try Formula("y ~ I(x^2)").rhs.terms[0].factors[0], .call("I", [.binary(.power, .variable("x"), .number(2))]))
        XCTAssertEqual(try Formula("y ~ I(exporter != importer)").variables, ["y", "exporter", "importer"])
    }

    func testIfElsePicksPerRow() throws {
        assertEqualAllowingNaN(try values("ifelse(year == 1986, log(trade), 0)"),
                               [Foundation.log(10), Foundation.log(2), Foundation.log(3), Foundation.log(20), 0, 0])
        assertEqualAllowingNaN(try values("ifelse(exporter == importer, pair_id, 0)"), [1, 0, 0, 3, 0, .nan])
    }

    func testGroupStatisticsAsRsAve() throws {
        assertEqualAllowingNaN(try values("ave(trade, exporter, year, FUN = sum)"), [12, 12, 23, 23, 4, .nan])
        assertEqualAllowingNaN(try values("ave(trade, importer, FUN = max)"), [10, 20, 10, 20, 20, .nan])
        assertEqualAllowingNaN(try values("ave(trade, year)"), [8.75, 8.75, 8.75, 8.75, .nan, .nan])
        assertEqualAllowingNaN(try values("ave(trade, year, FUN = length)"), [4, 4, 4, 4, 2, 2])
        assertEqualAllowingNaN(try values("ave(trade, exporter, year, FUN = min)"), [2, 2, 3, 3, 4, .nan])
        assertEqualAllowingNaN(try values("log(ave(trade / ave(trade, year, FUN = sum), exporter, year, FUN = sum))"),
                               [Foundation.log(12.0 / 35), Foundation.log(12.0 / 35), Foundation.log(23.0 / 35), Foundation.log(23.0 / 35), .nan, .nan])
    }

    func testIndicatorsOfAConditionAndFixedEffectsFromIfElse() throws {
        let formula = try Formula("trade ~ i(year, I(exporter != importer), ref = 1990) | ifelse(exporter == importer, pair_id, 0)")
        let frame = try ModelFrame(dataset: try data(), formula: formula, extraParts: .groupings)
        XCTAssertEqual(frame.design.columnNames, ["(Intercept)", "year::1986:I(exporter != importer)"])
        XCTAssertEqual(frame.design.matrix.column(1), [0, 1, 1, 0, 0])
        XCTAssertEqual(frame.fixedEffects[0].levels.count, 3)
    }

    func testGroupStatisticsComputedBeforeARowSelection() throws {
        var all = try data()
        let formula = try Formula("trade ~ log(ave(trade, exporter, year, FUN = sum))").computingGroupStatistics(in: &all)
        XCTAssertEqual(formula.rhs.terms[0].name, "log(ave(trade, exporter, year, FUN = sum))")
        let international = try all.selecting(where: RowCondition("exporter != importer"))
        let frame = try ModelFrame(dataset: international, formula: formula, extraParts: .reject("ols"))
        XCTAssertEqual(frame.design.matrix.column(1), [Foundation.log(12), Foundation.log(23), Foundation.log(4)])
    }

    func testErrorsNameTheProblem() throws {
        let cases: [(String, String)] = [
            ("y ~ ave(trade)", "at least one grouping column"),
            ("y ~ ave(trade, exporter, FUN = median)", "FUN in ave() is one of sum, mean, min, max, length"),
            ("y ~ ave(trade, log(exporter))", "ave() groups by columns"),
            ("y ~ ave(trade, exporter, fun = sum)", "not `fun`"),
            ("y ~ ifelse(year == 1986, 1)", "ifelse() takes three arguments"),
            ("y ~ I(\"USA\")", "a string in quotes is not a number"),
            ("y ~ ifels(x, 1, 0)", "Did you mean `ifelse`?"),
        ]
        for (text, message) in cases {
            XCTAssertThrowsError(try Formula(text), text) { XCTAssertTrue("\($0)".contains(message), "\(text): \($0)") }
        }
        XCTAssertThrowsError(try values("I(exporter != importr)")) { XCTAssertTrue("\($0)".contains("Did you mean `importer`"), "\($0)") }
        XCTAssertThrowsError(try values("ave(trade, exportr, FUN = sum)")) { XCTAssertTrue("\($0)".contains("exportr"), "\($0)") }
    }
}
