import GravityCore
import GravityFixedEffects
import GravityTestKit
import XCTest

final class DegreesOfFreedomTests: XCTestCase {
    /// Two dimensions in three connected components: absorbed degrees of freedom equal the rank
    /// of the indicator columns.
    func testTwoDimensionsWithSeveralComponents() {
        let a: [Int32] = [0, 0, 1, 1, 2, 2, 3, 4, 4, 5]
        let b: [Int32] = [0, 1, 1, 0, 2, 3, 3, 4, 5, 5]
        let dimensions = [grouping("a", a), grouping("b", b)]
        let df = AbsorbedDegreesOfFreedom(dimensions)
        XCTAssertEqual(df.componentCount, 3)
        XCTAssertEqual(df.perDimension, [6, 3])
        XCTAssertEqual(df.total, DenseReference.rank(dimensions))
        XCTAssertEqual(df.fixestCount(nested: [false, false]), 11)
    }

    /// One dimension absorbs all its levels; nested dimensions count one parameter under fixest's rule.
    func testOneDimensionAndNesting() {
        let firm = grouping("firm", [0, 0, 1, 1, 2, 2])
        let region = grouping("region", [0, 0, 0, 0, 1, 1])
        XCTAssertEqual(AbsorbedDegreesOfFreedom([firm]).total, 3)
        XCTAssertTrue(NestedDimensions.isNested(firm, in: region))
        XCTAssertFalse(NestedDimensions.isNested(region, in: firm))
        XCTAssertEqual(NestedDimensions.flags([firm], in: [region]), [true])
        XCTAssertEqual(AbsorbedDegreesOfFreedom([firm]).fixestCount(nested: [true]), 1)
    }
}
