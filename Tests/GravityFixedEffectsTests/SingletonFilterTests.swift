import GravityCore
import GravityFixedEffects
import XCTest

final class SingletonFilterTests: XCTestCase {
    /// Dropping a singleton of one dimension can create one in another: the filter repeats.
    func testSingletonsDroppedIteratively() {
        let a: [Int32] = [0, 0, 1, 1, 2, 3]
        let b: [Int32] = [0, 0, 1, 2, 2, 2]
        // Row 5 (a=3) and row 4 (a=2) are singletons in a; then b=2 keeps only row 3, then a=1 keeps only row 2.
        let (kept, dropped) = SingletonFilter.keptRows([grouping("a", a), grouping("b", b)])
        XCTAssertEqual(kept, [true, true, false, false, false, false])
        XCTAssertEqual(dropped, 4)
    }

    func testNoSingletons() {
        let (kept, dropped) = SingletonFilter.keptRows([grouping("a", [0, 0, 1, 1])])
        XCTAssertEqual(kept, [true, true, true, true])
        XCTAssertEqual(dropped, 0)
    }
}
