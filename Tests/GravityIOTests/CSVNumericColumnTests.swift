@testable import GravityIO
import GravityCore
import XCTest

/// A numeric column with one odd field: missing tokens, the first offending line kept, and
/// numbers beyond the range of doubles.
final class CSVNumericColumnTests: XCTestCase {
    private func parse(_ text: String, chunks: Int? = nil) throws -> Dataset {
        try Array(text.utf8).withUnsafeBytes { try CSVReader.parse($0, source: "odd.csv", options: CSVReadOptions(), chunkCount: chunks) }
    }

    func testUsualMissingTokensKeepTheColumnNumeric() throws {
        for token in ["NaN", "nan", "NA", "n/a", "N/A", "null", "NULL", ".", "", " NaN "] {
            let dataset = try parse("y,x\n1,2\n2,\(token)\n3,4\n")
            XCTAssertEqual(dataset.numbers("x").map { $0.isNaN ? -1 : $0 }, [2, -1, 4], "token `\(token)`")
        }
    }

    func testATextFieldInANumericColumnIsKeptWithItsLine() throws {
        var text = "y,x\n"
        for row in 0..<300 { text += "\(row),\(row * 2)\n" }
        text += "300,1,200\n".replacingOccurrences(of: "1,200", with: "\"1,200\"")
        let dataset = try parse(text)
        let origin = try XCTUnwrap(dataset.textOrigins["x"])
        XCTAssertEqual(origin.line, 302)
        XCTAssertEqual(origin.value, "1,200")
        XCTAssertEqual(origin.numberCount, 300)
        XCTAssertEqual(origin.valueCount, 301)
        XCTAssertThrowsError(try dataset.numeric("x")) { error in
            XCTAssertTrue("\(error)".contains("line 302 holds `1,200`"), "\(error)")
            XCTAssertFalse("\(error)".contains("factor("), "\(error)")
        }
    }

    func testTheOffendingLineIsTheSameWhenTheFileIsCutIntoChunks() throws {
        var text = "y,x\n\n"
        for row in 0..<2_000 { text += row == 1_500 ? "\(row),-\n" : "\(row),\(row)\n" }
        for chunks in [1, 2, 3, 7] {
            let origin = try XCTUnwrap(try parse(text, chunks: chunks).textOrigins["x"], "chunks \(chunks)")
            XCTAssertEqual(origin.line, 1_503, "chunks \(chunks)")
            XCTAssertEqual(origin.value, "-")
        }
    }

    func testATextColumnWithoutNumbersHasNoOrigin() throws {
        XCTAssertNil(try parse("y,c\n1,AUT\n2,BEL\n").textOrigins["c"])
    }

    func testANumberBeyondDoubleRangeIsAnErrorNamingItsLine() {
        assertFileFormatError(try parse("y,x\n1,2\n2,1e400\n"), line: 3, column: 2, message: "`1e400`")
        assertFileFormatError(try parse("y,x\n1,2\n2,-1e400\n"), line: 3, column: 2, message: "beyond the range")
        assertFileFormatError(try parse("y,x\n1,2\n2,\"1e999\"\n"), line: 3, column: 2, message: "`1e999`")
        XCTAssertEqual(try parse("y,x\n1,inf\n2,1e-400\n").numbers("x"), [.infinity, 0])
    }
}
