import XCTest
@testable import GravityCore

/// Text columns and large factors among the regressors, text periods, and the formula caret.
final class CategoricalRegressorTests: XCTestCase {
    func testABareTextRegressorGetsANoteNamingTheOffendingValue() throws {
        var data = try Dataset([("y", .numeric([1, 2, 3, 4])), ("x", Column.text(["1", "2", "-", "4"]))])
        data.setTextOrigin(TextColumnOrigin(line: 4, value: "-", numberCount: 3, valueCount: 4), for: "x")
        let frame = try ModelFrame(dataset: data, formula: try Formula("y ~ x"), extraParts: .reject("ols"))
        let note = try XCTUnwrap(frame.notes.first { $0.hasPrefix("`x` is a text column") }, "\(frame.notes)")
        XCTAssertTrue(note.contains("dummies for its 4 levels") && note.contains("line 4 holds `-`"), note)
        let explicit = try ModelFrame(dataset: data, formula: try Formula("y ~ factor(x)"), extraParts: .reject("ols"))
        XCTAssertFalse(explicit.notes.contains { $0.contains("is a text column") }, "\(explicit.notes)")
    }

    func testAFactorWithTooManyLevelsIsRefusedWithTheAdviceToAbsorbIt() throws {
        let n = ModelFrame.maximumFactorLevels + 1
        let data = try Dataset([("y", .numeric((0..<n).map(Double.init))), ("firm", .numeric((0..<n).map(Double.init)))])
        XCTAssertThrowsError(try ModelFrame(dataset: data, formula: try Formula("y ~ factor(firm)"), extraParts: .reject("ols"))) { error in
            XCTAssertTrue("\(error)".contains("\(n) dummy columns") && "\(error)".contains("after `|` (`... | firm`)"), "\(error)")
        }
        XCTAssertNoThrow(try ModelFrame(dataset: data, formula: try Formula("y ~ 1 | firm"), extraParts: .groupings))
    }

    func testTextPeriodsThatAreAllNumbersAreOrderedByValue() throws {
        let column = Column.text(["10", "2", "1", "11", "20"])
        XCTAssertEqual(column.categoryCodes.levels, ["1", "2", "10", "11", "20"])
        XCTAssertEqual(Column.text(["b", "a", "10", "2"]).categoryCodes.levels, ["10", "2", "a", "b"])
    }

    func testTextPeriodsAreRefusedWhereOrderMatters() throws {
        let unit = Grouping(name: "id", codes: [0, 0, 1, 1], levels: ["a", "b"])
        let numbered = try PanelStructure(unit: unit, time: Grouping(name: "t", codes: [0, 1, 0, 1], levels: ["1", "2"]))
        XCTAssertNoThrow(try numbered.requireNumericPeriods(estimator: "fd"))
        let labelled = try PanelStructure(unit: unit, time: Grouping(name: "t", codes: [0, 1, 0, 1], levels: ["2001", "-"]))
        XCTAssertThrowsError(try labelled.requireNumericPeriods(estimator: "fd")) { error in
            XCTAssertTrue("\(error)".contains("`t` holds the label `-`") && "\(error)".contains("`fd` depends on the order"), "\(error)")
        }
    }

    func testANumericColumnMessageOffersNoFactor() throws {
        let data = try Dataset([("c", Column.text(["a", "b"]))])
        XCTAssertThrowsError(try data.numeric("c")) { error in XCTAssertEqual("\(error)", "Column `c` holds text, not numbers.") }
    }

    func testTheFormulaCaretCountsWideCharactersTwice() {
        XCTAssertThrowsError(try Formula("贸易 ~ 距离 +")) { error in
            let lines = "\(error)".split(separator: "\n", omittingEmptySubsequences: false)
            XCTAssertEqual(lines.count, 3)
            // `贸易 ~ 距离 +` takes 2+2+1+1+1+2+2+1+1 = 13 columns; the caret stands after it.
            XCTAssertEqual(lines[2], "  " + String(repeating: " ", count: 13) + "^", "\(error)")
        }
    }
}
