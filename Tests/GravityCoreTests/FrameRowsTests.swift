import XCTest
@testable import GravityCore

/// The rows a model frame keeps: stored as a count when none is dropped, compactly otherwise, and
/// composed correctly when an estimator drops more rows later.
final class FrameRowsTests: XCTestCase {
    func testEveryRowIsACountAndEqualsTheExplicitList() {
        let every = FrameRows(every: 4)
        XCTAssertTrue(every.isEveryRow)
        XCTAssertEqual(Array(every), [0, 1, 2, 3])
        XCTAssertEqual(every, [0, 1, 2, 3])
        XCTAssertEqual(FrameRows(kept: [true, true, true]), FrameRows(every: 3))
        XCTAssertTrue(FrameRows(kept: [true, true]).isEveryRow)
        XCTAssertNotEqual(every, FrameRows(every: 3))
        XCTAssertEqual(FrameRows(every: 0).count, 0)
    }

    func testSelectedRowsAndTheirComposition() {
        let rows = FrameRows(kept: [false, true, true, false, true])
        XCTAssertFalse(rows.isEveryRow)
        XCTAssertEqual(Array(rows), [1, 2, 4])
        XCTAssertEqual(rows.map { $0 * 10 }, [10, 20, 40])
        // A later step keeps the frame's rows 0 and 2: input rows 1 and 4.
        XCTAssertEqual(rows.selecting(FrameRows(kept: [true, false, true])), [1, 4])
        XCTAssertEqual(rows.selecting(FrameRows(every: 3)), rows)
        XCTAssertEqual(FrameRows(every: 5).selecting([0, 3]), [0, 3])
        XCTAssertEqual(FrameRows(total: 6) { $0 % 2 == 1 }, [1, 3, 5])
    }

    func testCompleteDataKeepEveryRowAndDroppedRowsAreListed() throws {
        let complete = try Dataset([("y", .numeric([1, 2, 3, 5])), ("x", .numeric([1, 0, 2, 4]))])
        let frame = try ModelFrame(dataset: complete, formula: try Formula("y ~ x"), extraParts: .reject("ols"))
        XCTAssertTrue(frame.rowIndices.isEveryRow)
        let gaps = try Dataset([("y", .numeric([1, .nan, 3, 5, 2])), ("x", .numeric([1, 0, 2, .nan, 4]))])
        let dropped = try ModelFrame(dataset: gaps, formula: try Formula("y ~ x"), extraParts: .reject("ols"))
        XCTAssertEqual(dropped.rowIndices, [0, 2, 4])
        XCTAssertEqual(dropped.response, [1, 3, 2])
    }

    /// Rows dropped when the frame is built and again by the estimator (`keepingRows`, as
    /// singletons or separation): the values spread back to the right input rows, with reasons.
    func testValuesAlignToInputRowsAfterTwoRoundsOfDropping() throws {
        let data = try Dataset([
            ("y", .numeric([1, .nan, 3, 4, 5, 6, 7])),
            ("x", .numeric([1, 2, 3, 4, .nan, 6, 7])),
            ("g", Column.text(["a", "a", "b", "b", "c", "c", "d"])),
        ])
        let frame = try ModelFrame(dataset: data, formula: try Formula("y ~ x | g"), extraParts: .groupings)
        XCTAssertEqual(frame.rowIndices, [0, 2, 3, 5, 6])
        // Drop the frame's rows 0 and 3 (input rows 0 and 5).
        let kept = frame.keepingRows([false, true, true, false, true]) { _ in "singleton in fixed effect g" }
        XCTAssertEqual(kept.rowIndices, [2, 3, 6])
        XCTAssertEqual(kept.response, [3, 4, 7])
        XCTAssertEqual(kept.design.matrix.column(kept.design.columnNames.firstIndex(of: "x")!), [3, 4, 7])
        XCTAssertEqual(kept.fixedEffects[0].levels, ["b", "d"])
        XCTAssertEqual(kept.fixedEffects[0].codes, [0, 0, 1])
        let aligned = kept.alignedToInput(kept.response)
        XCTAssertEqual(Array(aligned), [nil, nil, 3, 4, nil, nil, 7])
        let reasons = aligned.exclusions.reasonPerRow(inputRowCount: 7)
        XCTAssertEqual(reasons[0], "singleton in fixed effect g")
        XCTAssertEqual(reasons[5], "singleton in fixed effect g")
        XCTAssertEqual(reasons[1], "missing or undefined value in y")
        XCTAssertEqual(reasons[4], "missing or undefined value in x")
        XCTAssertNil(reasons[2])
    }
}
