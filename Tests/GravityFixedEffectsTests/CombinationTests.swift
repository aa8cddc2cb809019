import GravityCore
import GravityFixedEffects
import XCTest

final class CombinationTests: XCTestCase {
    private func data() throws -> Dataset {
        try Dataset([
            ("y", .numeric([1, 2, 3, 4, 5, 6])),
            ("x", .numeric([0.5, 1, 2, 1, 3, 2])),
            ("exporter", .text(codes: [0, 0, 1, 1, 0, 1], levels: ["FRA", "DEU"])),
            ("year", .numeric([2000, 2001, 2000, 2001, 2000, .nan])),
        ])
    }

    /// `exporter^year` is one grouping whose levels are the observed combinations, in order.
    func testCombinationGrouping() throws {
        let frame = try ModelFrame(dataset: try data(), formula: try Formula("y ~ x | exporter^year + year"), extraParts: .groupings)
        XCTAssertEqual(frame.fixedEffects.map(\.name), ["exporter^year", "year"])
        XCTAssertEqual(frame.fixedEffects[0].levels, ["DEU_2000", "DEU_2001", "FRA_2000", "FRA_2001"])
        XCTAssertEqual(frame.fixedEffects[0].codes, [2, 3, 0, 1, 2])
        XCTAssertEqual(frame.observationCount, 5)
    }

    func testCombinationErrors() {
        XCTAssertThrowsError(try Formula("y ~ x | exporter^exporter")) { XCTAssertTrue("\($0)".contains("combined with itself"), "\($0)") }
        XCTAssertThrowsError(try Formula("y ~ x | exporter^log(year)")) { XCTAssertTrue("\($0)".contains("combines columns"), "\($0)") }
        XCTAssertThrowsError(try Formula("y ~ x | ")) { XCTAssertTrue("\($0)".contains("term is missing"), "\($0)") }
    }
}
