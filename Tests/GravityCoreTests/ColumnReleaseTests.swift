import Foundation
import XCTest
@testable import GravityCore

/// The model frame frees each column of its dataset after the last term that reads it; a column
/// read by several terms, by a fixed effect and a cluster, or by an offset must still give every
/// reader its values. Expected values are written out by hand from the data below.
final class ColumnReleaseTests: XCTestCase {
    private func data() throws -> Dataset {
        try Dataset([
            ("y", .numeric([1, 2, 3, 4, 5, 6, 7, 8])),
            ("x", .numeric([1, 2, 4, 8, 1, 2, 4, 8])),
            ("g", Column.text(["a", "a", "b", "b", "a", "a", "b", "b"])),
            ("h", .numeric([1, 2, 1, 2, 1, 2, 1, 2])),
            ("unused", .numeric([0, 0, 0, 0, 0, 0, 0, 0])),
        ])
    }

    func testAReleasedColumnKeepsItsNameAndCannotBeRead() throws {
        var dataset = try data()
        dataset.releaseColumn("x")
        XCTAssertTrue(dataset.hasColumn("x"))
        XCTAssertThrowsError(try dataset.numeric("x")) { error in
            XCTAssertTrue("\(error)".contains("was read after its storage was released"), "\(error)")
        }
        XCTAssertEqual(try dataset.numeric("y"), [1, 2, 3, 4, 5, 6, 7, 8])
        try dataset.setColumn("x", .numeric([8, 7, 6, 5, 4, 3, 2, 1]))
        XCTAssertEqual(try dataset.numeric("x"), [8, 7, 6, 5, 4, 3, 2, 1])
    }

    /// `x` in three terms, `g` and `h` in a fixed effect, a combination and the clusters.
    func testColumnsReadByManyTermsFixedEffectsAndClusters() throws {
        let frame = try ModelFrame(dataset: try data(), formula: try Formula("y ~ x + log(x) + x:h | g + g^h"),
                                   groupColumns: ["g", "h", "g^h"], extraParts: .groupings, absorbsIntercept: true)
        XCTAssertEqual(frame.design.columnNames, ["x", "log(x)", "x:h"])
        XCTAssertEqual(frame.design.matrix.column(0), [1, 2, 4, 8, 1, 2, 4, 8])
        for (a, b) in zip(frame.design.matrix.column(1), [0, log(2.0), log(4.0), log(8.0), 0, log(2.0), log(4.0), log(8.0)]) {
            XCTAssertEqual(a, b, accuracy: 1e-15)
        }
        XCTAssertEqual(frame.design.matrix.column(2), [1, 4, 4, 16, 1, 4, 4, 16])
        XCTAssertEqual(frame.response, [1, 2, 3, 4, 5, 6, 7, 8])
        XCTAssertEqual(frame.fixedEffects.map(\.name), ["g", "g^h"])
        XCTAssertEqual(frame.fixedEffects[0].codes, [0, 0, 1, 1, 0, 0, 1, 1])
        XCTAssertEqual(frame.fixedEffects[1].codes, [0, 1, 2, 3, 0, 1, 2, 3])
        XCTAssertEqual(frame.groups["g"]?.codes, [0, 0, 1, 1, 0, 0, 1, 1])
        XCTAssertEqual(frame.groups["h"]?.codes, [0, 1, 0, 1, 0, 1, 0, 1])
        XCTAssertEqual(frame.groups["h"]?.levels, ["1", "2"])
        XCTAssertEqual(frame.groups["g^h"]?.codes, [0, 1, 2, 3, 0, 1, 2, 3])
        XCTAssertTrue(frame.rowIndices.isEveryRow)
    }

    /// A missing value in a column that two terms read is counted under the first of them.
    func testAMissingValueInAColumnReadTwiceIsCountedOnce() throws {
        var dataset = try data()
        try dataset.setColumn("x", .numeric([1, 2, .nan, 8, 1, 2, 4, 8]))
        let frame = try ModelFrame(dataset: dataset, formula: try Formula("y ~ x + I(x^2) | g"), groupColumns: ["g"], extraParts: .groupings)
        XCTAssertEqual(frame.rowIndices, [0, 1, 3, 4, 5, 6, 7])
        XCTAssertEqual(frame.design.matrix.column(frame.design.columnNames.firstIndex(of: "I(x^2)")!), [1, 4, 64, 1, 4, 16, 64])
        XCTAssertEqual(frame.exclusions.groups.map(\.reason), ["missing or undefined value in x"])
        XCTAssertEqual(frame.exclusions.groups.map(\.rows), [[2]])
    }

    /// An offset that reads the response, and a regressor that is also an offset.
    func testAnOffsetReadingTheResponseAndARegressor() throws {
        let frame = try ModelFrame(dataset: try data(), formula: try Formula("y ~ x + offset(log(y)) + offset(x) | g"),
                                   extraParts: .groupings, acceptsOffset: true, absorbsIntercept: true)
        XCTAssertEqual(frame.design.matrix.column(0), [1, 2, 4, 8, 1, 2, 4, 8])
        let expected = (0..<8).map { log(Double($0 + 1)) + [1.0, 2, 4, 8][$0 % 4] }
        for (a, b) in zip(frame.offset!, expected) { XCTAssertEqual(a, b, accuracy: 1e-14) }
    }

    /// A fixed effect read from numbers drops the rows where it is missing or infinite, as
    /// before its column was coded ahead of the other terms.
    func testANumericFixedEffectDropsMissingAndInfiniteRows() throws {
        var dataset = try data()
        try dataset.setColumn("h", .numeric([1, 2, .infinity, 2, .nan, 2, 1, 2]))
        let frame = try ModelFrame(dataset: dataset, formula: try Formula("y ~ x | h"), groupColumns: ["h"], extraParts: .groupings)
        XCTAssertEqual(frame.rowIndices, [0, 1, 3, 5, 6, 7])
        XCTAssertEqual(frame.fixedEffects[0].levels, ["1", "2"])
        XCTAssertEqual(frame.fixedEffects[0].codes, [0, 1, 1, 1, 0, 1])
        XCTAssertEqual(frame.groups["h"]?.codes, [0, 1, 1, 1, 0, 1])
        XCTAssertTrue(frame.notes.contains("2 of 8 rows dropped for missing or undefined values (h: 2)."), "\(frame.notes)")
    }

    /// An unknown name is reported with the closest names, released columns included.
    func testAnUnknownColumnAfterOthersWereReleasedStillSuggestsThem() throws {
        XCTAssertThrowsError(try ModelFrame(dataset: try data(), formula: try Formula("y ~ x + xx | g"), extraParts: .groupings)) { error in
            guard case GravityError.unknownVariable(let name, let suggestions) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(name, "xx")
            XCTAssertTrue(suggestions.contains("x"), "\(suggestions)")
        }
    }
}
