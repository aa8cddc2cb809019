import GravityCore
import GravityIO
import XCTest

/// The shared Grunfeld investment data reads with its known values.
final class SharedCSVTests: XCTestCase {
    func testGrunfeld() throws {
        let data = try CSVReader.read(path: TestSupport.sharedData("grunfeld.csv").path)
        XCTAssertEqual(data.names, ["firm", "year", "inv", "value", "capital"])
        XCTAssertEqual(data.rowCount, 200)
        XCTAssertEqual(data.numbers("firm")[0], 1)
        XCTAssertEqual(data.numbers("year")[0], 1935)
        XCTAssertEqual(data.numbers("inv")[0], 317.6)
        XCTAssertEqual(data.numbers("value")[0], 3078.5)
        XCTAssertEqual(data.numbers("capital")[0], 2.8)
        XCTAssertEqual(data.numbers("year")[199], 1954)
    }
}
