@testable import GravityIO
import GravityCore
import XCTest

/// Files whose layout is not what the extension says: classic Mac line ends, tabs in a `.csv`,
/// names padded with spaces.
final class CSVLayoutTests: XCTestCase {
    private func parse(_ text: String) throws -> Dataset {
        try CSVReader.parse(Array(text.utf8), source: "layout.csv")
    }

    func testCarriageReturnLineEndsAreRefusedWithTheReason() {
        assertFileFormatError(try parse("y,x\r1,2\r3,4\r"), line: 1, column: 2, message: "carriage returns alone")
    }

    func testATabSeparatedFileNamedCSVIsRecognised() {
        assertFileFormatError(try parse("y\tx\tz\n1\t2\t3\n"), line: 1, column: nil, message: "looks tab-separated")
    }

    func testNamesAreTrimmedSoPaddedDuplicatesAreRefused() throws {
        XCTAssertEqual(try parse(" gdp ,\tdist\n1,2\n").names, ["gdp", "dist"])
        assertFileFormatError(try parse("y, y \n1,2\n"), line: 1, column: 2, message: "repeats the name `y`")
    }
}
