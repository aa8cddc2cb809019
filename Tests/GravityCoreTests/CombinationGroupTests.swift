import XCTest
@testable import GravityCore

/// Group columns (clusters, panel identifiers) written `a^b` when no column has that name: one
/// group per observed combination, so files without a pair identifier can cluster by pair.
final class CombinationGroupTests: XCTestCase {
    private func data() throws -> Dataset {
        try Dataset([
            ("y", .numeric([1, 2, 3, 4, 5])),
            ("exporter", .text(codes: [0, 0, 1, 1, 0], levels: ["CAN", "USA"])),
            ("importer", .text(codes: [1, 1, 0, 1, 0], levels: ["CAN", "USA"])),
        ])
    }

    func testCombinationOfColumnsGroupsByObservedPair() throws {
        let frame = try ModelFrame(dataset: try data(), formula: try Formula("y ~ 1"), groupColumns: ["exporter^importer"], extraParts: .reject("ols"))
        let pairs = try XCTUnwrap(frame.groups["exporter^importer"])
        XCTAssertEqual(pairs.levels, ["CAN_CAN", "CAN_USA", "USA_CAN", "USA_USA"])
        XCTAssertEqual(pairs.codes, [1, 1, 2, 3, 0])
    }

    func testUnknownColumnInACombinationIsNamed() throws {
        XCTAssertThrowsError(try ModelFrame(dataset: try data(), formula: try Formula("y ~ 1"), groupColumns: ["exporter^importr"], extraParts: .reject("ols"))) {
            XCTAssertTrue("\($0)".contains("importr"), "\($0)")
        }
    }
}
