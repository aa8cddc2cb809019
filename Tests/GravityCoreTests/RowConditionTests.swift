import XCTest
@testable import GravityCore

/// `RowCondition`: R's syntax, precedence and missing-value rules, and errors that point at the
/// character concerned. Expected rows are worked out by hand from R's rules (`subset()` keeps
/// the rows where the condition is TRUE, never NA).
final class RowConditionTests: XCTestCase {
    /// Six rows with a missing exporter (row 4), a missing year (row 5) and a missing trade (row 3).
    private let data = try! Dataset([
        ("exporter", .text(["USA", "CAN", "USA", "MEX", nil, "CAN"])),
        ("importer", .text(["CAN", "CAN", "USA", "USA", "USA", "MEX"])),
        ("year", .numeric([1986, 1990, 1986, 1994, 1990, .nan])),
        ("trade", .numeric([10, 0, 5, .nan, 3, 7])),
        ("code", .text(["5", "05", "7", "x", "5", nil])),
    ])

    private func rows(_ condition: String) throws -> [Int] {
        try RowCondition(condition).selectedRows(in: data)
    }

    func testComparisonsOfNumbersAndText() throws {
        XCTAssertEqual(try rows("year == 1986"), [0, 2])
        XCTAssertEqual(try rows("year >= 1990"), [1, 3, 4])
        XCTAssertEqual(try rows("trade < 5"), [1, 4])
        XCTAssertEqual(try rows("exporter == \"USA\""), [0, 2])
        XCTAssertEqual(try rows("exporter == 'USA'"), [0, 2], "single quotes as in R")
        XCTAssertEqual(try rows("\"USA\" == exporter"), [0, 2])
        XCTAssertEqual(try rows("exporter != importer"), [0, 3, 5], "two text columns with different level lists; row 4 is NA")
        XCTAssertEqual(try rows("exporter < \"D\""), [1, 5], "code-point order")
        XCTAssertEqual(try rows("exporter >= importer"), [0, 1, 2])
    }

    func testTextAgainstNumbers() throws {
        XCTAssertEqual(try rows("year == \"1986\""), [0, 2], "a quoted number compares with a numeric column as the number")
        XCTAssertEqual(try rows("code == 5"), [0, 4], "a number compares for equality with text as the text it prints as (R: \"05\" != 5)")
        XCTAssertEqual(try rows("code != 5"), [1, 2, 3])
        XCTAssertThrowsError(try rows("code > 5")) { error in
            XCTAssertTrue("\(error)".contains("cannot be ordered against numbers"), "\(error)")
        }
        XCTAssertThrowsError(try rows("year == \"abc\"")) { error in
            guard case GravityError.rowConditionSyntax(_, _, let position) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(position, 8)
        }
        XCTAssertThrowsError(try rows("exporter == year"))
    }

    func testPrecedenceFollowsR() throws {
        // `|` binds looser than `&`: a | (b & c).
        XCTAssertEqual(try rows("year == 1994 | exporter == \"USA\" & trade > 6"), [0, 3])
        XCTAssertEqual(try rows("(year == 1994 | exporter == \"USA\") & trade > 6"), [0])
        // `!` binds looser than a comparison: !(year == 1986).
        XCTAssertEqual(try rows("!year == 1986"), [1, 3, 4])
        XCTAssertEqual(try rows("!!(trade > 4)"), [0, 2, 5])
        // Arithmetic inside comparisons, with `^` above unary minus: -2^2 is -4.
        XCTAssertEqual(try rows("trade * 2 + 1 > 11"), [0, 5])
        XCTAssertEqual(try rows("-2^2 == -4 & year == 1990"), [1, 4])
        XCTAssertEqual(try rows("(trade + 1) / 2 >= 3"), [0, 2, 5], "a parenthesis opening arithmetic")
        XCTAssertEqual(try rows("log(trade) > 1.9"), [0, 5], "log(0) is undefined: not selected")
    }

    func testMembership() throws {
        XCTAssertEqual(try rows("year %in% c(1986, 1994)"), [0, 2, 3])
        XCTAssertEqual(try rows("year %in% 1985:1990"), [0, 1, 2, 4], "a whole-number range")
        XCTAssertEqual(try rows("year %in% 1990"), [1, 4])
        XCTAssertEqual(try rows("exporter %in% c(\"CAN\", \"MEX\")"), [1, 3, 5])
        XCTAssertEqual(try rows("!exporter %in% c(\"CAN\", \"MEX\")"), [0, 2, 4], "NA %in% x is FALSE, so !(...) keeps row 4")
        XCTAssertEqual(try rows("code %in% c(5, 7)"), [0, 2, 4], "numbers in the set compare with text as their text")
        XCTAssertEqual(try rows("year %in% c(\"1986\")"), [0, 2])
        XCTAssertEqual(try rows("trade %in% c(-1, 0)"), [1])
    }

    func testMissingValuesFollowSubset() throws {
        XCTAssertEqual(try rows("is.na(trade)"), [3])
        XCTAssertEqual(try rows("is.na(exporter) | is.na(year)"), [4, 5])
        XCTAssertEqual(try rows("!is.na(year) & !is.na(trade)"), [0, 1, 2, 4])
        XCTAssertEqual(try rows("is.na(log(trade))"), [1, 3], "undefined arithmetic is missing")
        // NA | TRUE is TRUE; NA & FALSE is FALSE; NA alone is not selected.
        XCTAssertEqual(try rows("year > 1986 | trade > 6"), [0, 1, 3, 4, 5])
        XCTAssertEqual(try rows("!(year > 1986 & trade > 6)"), [0, 1, 2, 4], "rows 3 and 5 are NA & TRUE: NA")
        XCTAssertEqual(try rows("year != 1986"), [1, 3, 4])
    }

    func testDatasetSelection() throws {
        let selected = try data.selecting(where: RowCondition("exporter == \"CAN\""))
        XCTAssertEqual(selected.rowCount, 2)
        XCTAssertEqual(try selected.numeric("trade"), [0, 7])
    }

    func testSyntaxErrorsPointAtThePosition() throws {
        let cases: [(String, Int, String)] = [
            ("year >", 6, "ends too early"),
            ("(year > 1 & trade", 17, "expected `)`"),
            ("year %in% c(a)", 12, "`%in%` takes constants"),
            ("year > 1 && trade > 0", 10, "`&&`"),
            ("year == 1 == 2", 10, "do not chain"),
            ("year = 1", 5, "write `==`"),
            ("year %on% 1", 5, "`%in%`"),
            ("exporter == \"USA", 12, "unterminated"),
            ("", 0, "empty"),
            ("year > 1 trade", 9, "unexpected `trade`"),
            ("year %in% 1.5:3", 13, "whole numbers"),
        ]
        for (condition, position, fragment) in cases {
            XCTAssertThrowsError(try RowCondition(condition), condition) { error in
                guard case GravityError.rowConditionSyntax(let message, _, let at) = error else { return XCTFail("\(condition): \(error)") }
                XCTAssertEqual(at, position, "\(condition): \(message)")
                XCTAssertTrue(message.contains(fragment), "\(condition): \(message)")
            }
        }
    }

    func testEvaluationErrorsNameTheColumnAndPosition() throws {
        XCTAssertThrowsError(try rows("trade > 0 & exportr == \"USA\"")) { error in
            guard case GravityError.rowConditionSyntax(let message, _, let position) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(position, 12)
            XCTAssertTrue(message.contains("Did you mean `exporter`?"), message)
        }
        XCTAssertThrowsError(try rows("log(exporter) > 1")) { error in
            XCTAssertTrue("\(error)".contains("`exporter` holds text"), "\(error)")
        }
        XCTAssertThrowsError(try rows("trade")) { error in
            XCTAssertTrue("\(error)".contains("must be true or false"), "\(error)")
        }
        XCTAssertThrowsError(try rows("trade & year > 1")) { error in
            XCTAssertTrue("\(error)".contains("`&` combines conditions"), "\(error)")
        }
    }

    func testCaretCountsWideCharactersTwice() throws {
        let chinese = try Dataset([("贸易额", .numeric([1, 2]))])
        XCTAssertThrowsError(try RowCondition("贸易额 > 1 &").selectedRows(in: chinese)) { error in
            let lines = "\(error)".split(separator: "\n", omittingEmptySubsequences: false)
            XCTAssertEqual(lines.count, 3, "\(error)")
            // Three wide characters (6 columns), then " > 1 &" (6 columns): the caret sits in column 13.
            XCTAssertEqual(lines[2], "  " + String(repeating: " ", count: 12) + "^")
        }
    }
}
