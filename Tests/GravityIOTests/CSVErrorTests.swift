import GravityCore
import GravityIO
import XCTest

/// Malformed CSV: each error names the physical line and the field number.
final class CSVErrorTests: XCTestCase {
    func testTooFewFields() {
        assertFileFormatError(
            try parseCSV("a,b,c\n1,2,3\n4,5\n"), line: 3, column: 3, message: "column 3 (`c`)")
    }

    func testTooManyFields() {
        assertFileFormatError(
            try parseCSV("a,b\n1,2\n3,4\n5,6,7\n"), line: 4, column: 3, message: "more fields")
    }

    func testLineNumbersCountNewlinesInsideQuotes() {
        assertFileFormatError(
            try parseCSV("a,b\n1,\"x\ny\nz\"\n2\n"), line: 5, column: 2, message: "header has 2")
    }

    func testUnterminatedQuoteNamesTheLineWhereItOpens() {
        assertFileFormatError(
            try parseCSV("a,b\n1,x\n2,\"open\n3,y\n"), line: 3, column: 2, message: "no closing quote")
    }

    func testStrayQuoteInUnquotedField() {
        assertFileFormatError(
            try parseCSV("a,name\n1,ok\n2,5\"11\n"), line: 3, column: 2, message: "`name`")
    }

    func testTextAfterClosingQuote() {
        assertFileFormatError(
            try parseCSV("a,b\n\"x\"y,1\n"), line: 2, column: 1, message: "after the closing quote")
    }

    func testInvalidUTF8() {
        let bytes = Array("a,b\n1,ok\n2,".utf8) + [0xFF, 0xFE] + Array("\n".utf8)
        assertFileFormatError(
            try CSVReader.parse(bytes, source: "bad.csv"), line: 3, column: 2, message: "not valid UTF-8")
    }

    func testInvalidUTF8InHeader() {
        let bytes = Array("a,".utf8) + [0xC3, 0x28] + Array("\n1,2\n".utf8)
        assertFileFormatError(try CSVReader.parse(bytes, source: "bad.csv"), line: 1, column: 2, message: "not valid UTF-8")
    }

    func testDuplicateAndEmptyHeaderNames() {
        assertFileFormatError(try parseCSV("a,b,a\n1,2,3\n"), line: 1, column: 3, message: "`a` of column 1")
        assertFileFormatError(try parseCSV("a,,c\n1,2,3\n"), line: 1, column: 2, message: "no name")
    }

    func testEmptyFile() {
        assertFileFormatError(try parseCSV(""), line: 1, column: nil, message: "empty")
        assertFileFormatError(try parseCSV("\n\n"), line: 3, column: nil, message: "empty")
    }

    func testErrorDescriptionNamesFileLineAndColumn() {
        XCTAssertThrowsError(try parseCSV("a,b\n1\n")) { error in
            XCTAssertTrue("\(error)".hasPrefix("test.csv, line 2, column 2: "), "\(error)")
        }
    }

    func testMissingFileIsReported() {
        XCTAssertThrowsError(try CSVReader.read(path: "/nonexistent-folder/none.csv")) { error in
            guard case GravityError.fileFormat(let message, _, _, _) = error else { return XCTFail("\(error)") }
            XCTAssertTrue(message.contains("Cannot open"), message)
        }
    }
}
