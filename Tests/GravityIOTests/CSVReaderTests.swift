import GravityCore
import GravityIO
import XCTest

/// Reading well-formed CSV: quoting, missing values, scripts, line ends and type inference.
final class CSVReaderTests: XCTestCase {
    func testQuotedFieldsWithDelimitersQuotesAndNewlines() throws {
        let data = try parseCSV("id,name\n1,\"Smith, John\"\n2,\"say \"\"hi\"\"\"\n3,\"two\nlines\"\n4,plain\n")
        XCTAssertEqual(data.rowCount, 4)
        XCTAssertEqual(data.numbers("id"), [1, 2, 3, 4])
        XCTAssertEqual(data.strings("name"), ["Smith, John", "say \"hi\"", "two\nlines", "plain"])
    }

    func testMissingTokensInNumericAndTextColumns() throws {
        let data = try parseCSV("x,y,z\n1,a,\nNA,.,2\n.,NA,\n\"\",c,3\n")
        let x = data.numbers("x")
        XCTAssertEqual(x[0], 1)
        XCTAssertTrue(x[1].isNaN && x[2].isNaN && x[3].isNaN)
        XCTAssertEqual(data.strings("y"), ["a", nil, nil, "c"])
        let z = data.numbers("z")
        XCTAssertTrue(z[0].isNaN && z[2].isNaN)
        XCTAssertEqual(z[1], 2)
        XCTAssertEqual(z[3], 3)
    }

    func testCustomMissingTokensIncludingANumber() throws {
        let options = CSVReadOptions(missingTokens: ["-999", "n/a"])
        let data = try parseCSV("v,w\n-999,n/a\n4.5,\n", options: options)
        let v = data.numbers("v")
        XCTAssertTrue(v[0].isNaN)
        XCTAssertEqual(v[1], 4.5)
        // Without "" among the tokens, an empty field is text.
        XCTAssertEqual(data.strings("w"), [nil, ""])
    }

    func testChineseHeaderAndValues() throws {
        let data = try parseCSV("出口国,进口国,贸易额\n中国,日本,12.5\n美国,中国,3\n")
        XCTAssertEqual(data.names, ["出口国", "进口国", "贸易额"])
        XCTAssertEqual(data.strings("出口国"), ["中国", "美国"])
        XCTAssertEqual(data.strings("进口国"), ["日本", "中国"])
        XCTAssertEqual(data.numbers("贸易额"), [12.5, 3])
    }

    func testByteOrderMarkIsSkipped() throws {
        let data = try CSVReader.parse([0xEF, 0xBB, 0xBF] + Array("a,b\n1,2\n".utf8), source: "bom.csv")
        XCTAssertEqual(data.names, ["a", "b"])
        XCTAssertEqual(data.numbers("a"), [1])
    }

    func testCRLFLineEndsAndMissingFinalNewline() throws {
        let data = try parseCSV("a,b\r\n1,x\r\n2,\"y\r\nz\"\r\n3,w")
        XCTAssertEqual(data.numbers("a"), [1, 2, 3])
        XCTAssertEqual(data.strings("b"), ["x", "y\r\nz", "w"])
    }

    func testBlankLinesAreSkipped() throws {
        let data = try parseCSV("\na,b\n1,2\n\n3,4\n\n")
        XCTAssertEqual(data.rowCount, 2)
        XCTAssertEqual(data.numbers("b"), [2, 4])
    }

    func testOneTextValueMakesTheColumnText() throws {
        let data = try parseCSV("code,value\n1,1.50\n02,2\nX,NA\n4,\n")
        XCTAssertEqual(data.strings("code"), ["1", "02", "X", "4"])
        XCTAssertEqual(data.numbers("value")[0...1], [1.5, 2])
    }

    func testTextLevelsAreInOrderOfFirstAppearance() throws {
        let data = try parseCSV("c\n7\nb\na\nb\n7\n")
        XCTAssertEqual(try data.column("c"), .text(codes: [0, 1, 2, 1, 0], levels: ["7", "b", "a"]))
    }

    func testNumberSyntax() throws {
        let data = try parseCSV("v\n+3\n-2.5e-3\n.5\n7.\n1E+02\n -4 \ninf\n-Infinity\n")
        let values = data.numbers("v")
        XCTAssertEqual(values, [3, -0.0025, 0.5, 7, 100, -4, .infinity, -.infinity])
        XCTAssertTrue(try parseCSV("v\nnan\n").numbers("v")[0].isNaN, "nan is a missing-value token")
        XCTAssertTrue(try parseCSV("v\n1e\n").column("v").isNumeric == false)
    }

    func testAllMissingColumnIsNumeric() throws {
        let data = try parseCSV("a,b\n1,\n2,NA\n")
        XCTAssertEqual(data.numbers("b").filter(\.isNaN).count, 2)
    }

    func testHeaderOnlyFileGivesZeroRows() throws {
        let data = try parseCSV("a,b,c\n")
        XCTAssertEqual(data.names, ["a", "b", "c"])
        XCTAssertEqual(data.rowCount, 0)
    }

    func testTabDelimiter() throws {
        let data = try parseCSV("a\tb\n1\tx y\n", options: CSVReadOptions(delimiter: UInt8(ascii: "\t")))
        XCTAssertEqual(data.numbers("a"), [1])
        XCTAssertEqual(data.strings("b"), ["x y"])
    }

    func testQuotedNumbersAreNumbers() throws {
        let data = try parseCSV("a\n\"1.5\"\n\"2\"\n")
        XCTAssertEqual(data.numbers("a"), [1.5, 2])
    }

    func testReadFromFile() throws {
        let path = try temporaryPath("data.csv")
        try "country,gdp\nCHN,17.7\nUSA,25.4\n".write(toFile: path, atomically: true, encoding: .utf8)
        let data = try CSVReader.read(path: path)
        XCTAssertEqual(data.strings("country"), ["CHN", "USA"])
        XCTAssertEqual(data.numbers("gdp"), [17.7, 25.4])
    }

    func testInvalidDelimiterIsRejected() {
        XCTAssertThrowsError(try parseCSV("a\n1\n", options: CSVReadOptions(delimiter: UInt8(ascii: "\""))))
    }
}
