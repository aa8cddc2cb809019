import GravityCore
import GravityIO
import XCTest

/// Writing CSV: quoting, missing values, number formatting and reading back.
final class CSVWriterTests: XCTestCase {
    func testQuotingMissingAndNumbers() throws {
        let data = try Dataset([
            (name: "name, full", column: .text(["Smith, J", "say \"hi\"", nil, "two\nlines", "中国"])),
            (name: "x", column: .numeric([1, 0.1, .nan, 1e-7, -2.5e300])),
        ])
        XCTAssertEqual(
            CSVWriter.string(data),
            "\"name, full\",x\n\"Smith, J\",1\n\"say \"\"hi\"\"\",0.1\n,\n\"two\nlines\",1e-07\n中国,-2.5e+300\n")
    }

    func testRoundTripThroughAFile() throws {
        let values = [0.1, 1.0 / 3, .pi, 1e22, 123_456_789_012_345_680, -0.5, .nan, .leastNonzeroMagnitude, .infinity]
        let data = try Dataset([
            (name: "v", column: .numeric(values)),
            (name: "名字", column: .text(["a", nil, "b,c", "\"q\"", "", "x", "y", "z", "w"])),
        ])
        let path = try temporaryPath("round.csv")
        try CSVWriter.write(data, to: path)
        let back = try CSVReader.read(path: path)
        XCTAssertEqual(back.names, data.names)
        XCTAssertEqual(back.numbers("v").map(\.bitPattern), values.map(\.bitPattern))
        // The empty string reads back as missing.
        XCTAssertEqual(back.strings("名字"), ["a", nil, "b,c", "\"q\"", nil, "x", "y", "z", "w"])
    }

    func testSingleColumnMissingValueSurvives() throws {
        let data = try Dataset([(name: "x", column: .numeric([1, .nan, .nan]))])
        XCTAssertEqual(CSVWriter.string(data), "x\n1\n\"\"\n\"\"\n")
        let back = try parseCSV(CSVWriter.string(data))
        XCTAssertEqual(back.rowCount, 3)
    }

    func testUnwritablePathIsReported() throws {
        let data = try Dataset([(name: "x", column: .numeric([1]))])
        XCTAssertThrowsError(try CSVWriter.write(data, to: "/nonexistent-folder/out.csv")) { error in
            guard case GravityError.fileFormat(let message, _, _, _) = error else { return XCTFail("\(error)") }
            XCTAssertTrue(message.contains("the folder `/nonexistent-folder` does not exist"), message)
        }
    }
}
