import XCTest
@testable import GravityCore

/// `factor()` of a numeric column: whole numbers in a compact range are coded by counting, every
/// other column by sorting; both give the distinct values ascending, as R's `factor()` does.
final class FactorCodingTests: XCTestCase {
    /// The definition: distinct non-missing values ascending, whole numbers below 1e15 printed as
    /// integers, each row coded by its value's rank (`-1` missing).
    private func expected(_ values: [Double]) -> (codes: [Int32], levels: [String]) {
        let distinct = Set(values.filter { !$0.isNaN }).sorted()
        let rank = Dictionary(uniqueKeysWithValues: distinct.enumerated().map { ($1, Int32($0)) })
        let levels = distinct.map { $0 == $0.rounded() && abs($0) < 1e15 ? String(Int64($0)) : String($0) }
        return (values.map { $0.isNaN ? -1 : rank[$0]! }, levels)
    }

    private func assertCoded(_ values: [Double], file: StaticString = #filePath, line: UInt = #line) {
        let (codes, levels) = Column.numeric(values).categoryCodes
        let reference = expected(values)
        XCTAssertEqual(levels, reference.levels, file: file, line: line)
        XCTAssertEqual(codes, reference.codes, file: file, line: line)
    }

    func testWholeNumbersWithMissingValuesNegativesAndSignedZero() {
        assertCoded([1600, 1601, .nan, 1599, 1600, -0.0, 0, -3, .nan])
        assertCoded([.nan, .nan, 7, 7])
        assertCoded([-5])
        assertCoded([])
        assertCoded([.nan])
    }

    func testIdentifiersNearTheLimitsOfTheCountingPath() {
        // Large identifiers in a narrow range are counted; beyond 1e15, or spread wider than a few
        // times the row count, they are sorted, with the same result.
        assertCoded([999_999_999_999_990, 999_999_999_999_998, 999_999_999_999_990])
        assertCoded([999_999_999_999_999, -999_999_999_999_999])
        assertCoded([2e15, 2e15 + 2, 2e15])
        assertCoded([0, 5_000, 1, 2])
        assertCoded([0, 1, Double(Int32.max), Double(Int32.max) * 2])
        assertCoded([-1e14, 1e14])
    }

    func testFractionsAndInfinitiesTakeTheSortingPath() {
        assertCoded([1, 2, 2.5, 1])
        assertCoded([3, 1, 1e-20 + 3])
        assertCoded([1, .infinity, -.infinity, 1])
    }

    func testRandomColumnsMatchTheDefinition() {
        var state: UInt64 = 20261130
        func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state >> 33
        }
        for trial in 0..<200 {
            let rows = Int(next() % 500) + 1
            let offset = Double(Int64(next() % 2_000_000)) - 1_000_000
            let spread = [3, 50, 5_000][trial % 3]
            let values = (0..<rows).map { _ -> Double in next() % 10 == 0 ? .nan : offset + Double(next() % UInt64(spread)) }
            assertCoded(values)
        }
    }
}
