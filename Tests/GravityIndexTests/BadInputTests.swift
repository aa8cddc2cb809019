import GravityKit
import XCTest

/// What the index builders refuse, and how they say so.
final class BadInputTests: XCTestCase {
    private func message(_ body: () throws -> Any) -> String {
        do {
            _ = try body()
            XCTFail("expected an error")
            return ""
        } catch {
            return "\(error)"
        }
    }

    private let data = try! Dataset([
        ("a", .numeric([1, 2, 3, 4, 5, 6])),
        ("b", .numeric([2, 1, 4, 3, 6, 5])),
        ("c", .numeric([5, 3, 4, 1, 2, 2])),
        ("flat", .numeric([7, 7, 7, 7, 7, 7])),
        ("gappy", .numeric([1, .nan, 2, 5, .nan, 3])),
        ("name", .text(["u", "v", "w", "x", "y", "z"])),
    ])

    func testFewerThanTwoIndicators() {
        for builder in IndexBuilderRegistry.standard().builders {
            let text = message { try builder.build(self.data, variables: ["a"]) }
            XCTAssertTrue(text.contains("at least two indicators"), text)
        }
    }

    func testRepeatedIndicator() {
        let text = message { try PCAIndexBuilder().build(self.data, variables: ["a", "b", "a"]) }
        XCTAssertTrue(text.contains("`a` is listed twice"), text)
    }

    func testConstantIndicatorIsNamed() {
        for builder in IndexBuilderRegistry.standard().builders {
            let text = message { try builder.build(self.data, variables: ["a", "flat", "b"]) }
            XCTAssertTrue(text.contains("`flat` (always 7.0)"), text)
        }
    }

    func testSingularCorrelationNamesTheDependentIndicators() throws {
        var dependent = data
        try dependent.addColumn("sum", .numeric(zip(try data.numeric("a"), try data.numeric("b")).map { $0 + $1 }))
        let text = message { try PCAIndexBuilder().build(dependent, variables: ["a", "b", "c", "sum"]) }
        XCTAssertTrue(text.contains("singular (rank 3)"), text)
        XCTAssertTrue(text.contains("`a`, `b`, `sum` are linearly dependent"), text)
        XCTAssertFalse(text.contains("`c`"), text)
        XCTAssertTrue(text.contains("KMO needs the inverse"), text)
    }

    func testMoreIndicatorsThanRowsIsSingular() throws {
        let short = try Dataset([("a", .numeric([1, 2, 4])), ("b", .numeric([3, 1, 2])), ("c", .numeric([0, 5, 1]))])
        let text = message { try PCAIndexBuilder().build(short, variables: ["a", "b", "c"]) }
        XCTAssertTrue(text.contains("with 3 rows the rank is at most 2"), text)
    }

    func testMissingValuesDroppedWithACount() throws {
        let result = try EqualWeightIndexBuilder().build(data, variables: ["a", "gappy"])
        XCTAssertEqual(result.observationCount, 4)
        XCTAssertEqual(result.rowIndices, [0, 2, 3, 5])
        XCTAssertTrue(result.notes[0].hasPrefix("2 of 6 rows dropped for missing values (gappy: 2)"), result.notes[0])
        let aligned = result.indexForSourceRows
        XCTAssertTrue(aligned[1].isNaN && aligned[4].isNaN)
        XCTAssertEqual(aligned[0], result.index[0])
    }

    func testMissingValuesRefusedWithAPointerToFill() {
        let text = message { try EqualWeightIndexBuilder().build(self.data, variables: ["a", "gappy"], missing: .error) }
        XCTAssertTrue(text.contains("2 of 6 rows lack a value (gappy: 2)"), text)
        XCTAssertTrue(text.contains("gravity fill"), text)
    }

    func testUnknownAndTextColumns() {
        XCTAssertTrue(message { try PCAIndexBuilder().build(self.data, variables: ["a", "bb"]) }.contains("Did you mean `b`"))
        XCTAssertTrue(message { try PCAIndexBuilder().build(self.data, variables: ["a", "name"]) }.contains("holds text"))
        let cost = message { try EntropyIndexBuilder().build(self.data, variables: ["a", "b"], options: IndexOptions(costIndicators: ["c"])) }
        XCTAssertTrue(cost.contains("Unknown variable `c`"), cost)
    }

    func testUnknownMethodSuggestsTheClosest() {
        let text = message { try IndexBuilderRegistry.standard().builder(named: "entropi") }
        XCTAssertTrue(text.contains("Did you mean `entropy`?"), text)
        XCTAssertTrue(text.contains("Available: pca, entropy, equal"), text)
    }

    func testRetentionOutOfRange() {
        let tooMany = message { try PCAIndexBuilder().build(self.data, variables: ["a", "b", "c"], options: IndexOptions(retention: .fixed(4))) }
        XCTAssertTrue(tooMany.contains("between 1 and 3"), tooMany)
        let badTarget = message { try PCAIndexBuilder().build(self.data, variables: ["a", "b", "c"], options: IndexOptions(retention: .cumulativeVariance(85))) }
        XCTAssertTrue(badTarget.contains("share between 0 and 1"), badTarget)
    }

    func testMatrixInput() throws {
        let matrix = Matrix(columnList: [[1, 2, 3, 4], [2, 1, 4, 3]])
        XCTAssertTrue(message { try PCAIndexBuilder().build(matrix, names: ["only"]) }.contains("1 names were given for 2"))
        let result = try EqualWeightIndexBuilder().build(matrix, names: ["p", "q"])
        XCTAssertEqual(result.index, [0, 0, 1, 1])
    }

    func testRegistryRefusesClashes() {
        var registry = IndexBuilderRegistry.standard()
        XCTAssertThrowsError(try registry.register(PCAIndexBuilder()))
        XCTAssertEqual(registry.builders.map(\.name), ["pca", "entropy", "equal"])
    }
}
