import GravityCore
@testable import GravityIO
import XCTest

/// Parsing in chunks on several cores gives exactly the result of parsing in one piece.
final class CSVParallelTests: XCTestCase {
    private func parse(_ text: String, chunks: Int) throws -> Dataset {
        try Array(text.utf8).withUnsafeBytes { buffer in
            try CSVReader.parse(buffer, source: "chunks.csv", options: CSVReadOptions(), chunkCount: chunks)
        }
    }

    /// A file whose quoted fields hold delimiters and line feeds, and whose second column turns
    /// to text only near its end.
    private func mixedText(rows: Int) -> String {
        var text = "id,code,label,value\n"
        for row in 0..<rows {
            let code = row == rows - 3 ? "late text" : String(row % 7)
            let label = row % 5 == 0 ? "\"line\nbreak, \"\"quoted\"\"\"" : "c\(row % 11)"
            let value = row % 13 == 0 ? "NA" : String(Double(row) / 8)
            text += "\(row),\(code),\(label),\(value)\(row % 17 == 0 ? "\r\n" : "\n")"
            if row % 50 == 0 { text += "\n" }
        }
        return text
    }

    func testChunkedParsingMatchesSerialParsing() throws {
        let text = mixedText(rows: 2_000)
        let serial = try parse(text, chunks: 1)
        XCTAssertEqual(serial.rowCount, 2_000)
        XCTAssertFalse(try serial.column("code").isNumeric)
        for chunks in [2, 3, 7, 16] {
            let chunked = try parse(text, chunks: chunks)
            XCTAssertEqual(chunked.names, serial.names)
            XCTAssertEqual(chunked.numbers("id"), serial.numbers("id"))
            XCTAssertEqual(try chunked.column("code"), try serial.column("code"))
            XCTAssertEqual(try chunked.column("label"), try serial.column("label"))
            XCTAssertEqual(chunked.numbers("value").map(\.bitPattern), serial.numbers("value").map(\.bitPattern))
        }
    }

    func testChunkSplitterCutsOnlyBetweenRecords() {
        let text = Array(mixedText(rows: 500).utf8)
        text.withUnsafeBufferPointer { buffer in
            let ranges = CSVChunkSplitter.split(buffer.baseAddress!, body: 0..<buffer.count, parts: 9)
            XCTAssertEqual(ranges.first?.lowerBound, 0)
            XCTAssertEqual(ranges.last?.upperBound, buffer.count)
            for (left, right) in zip(ranges, ranges.dropFirst()) {
                XCTAssertEqual(left.upperBound, right.lowerBound)
                let quotes = buffer[0..<right.lowerBound].filter { $0 == UInt8(ascii: "\"") }.count
                XCTAssertEqual(quotes % 2, 0, "cut inside a quoted field")
                XCTAssertEqual(buffer[right.lowerBound - 1], UInt8(ascii: "\n"))
            }
        }
    }

    /// The rows reserved for a chunk are its line feeds (plus one for an unterminated last line),
    /// counted eight bytes at a time: runs of line feeds longer than a counting block, other bytes
    /// around them, and every alignment of the range.
    func testRecordBoundCountsLineFeeds() {
        var generator = SplitMix64(seed: 7)
        var bytes = [UInt8](repeating: UInt8(ascii: "\n"), count: 5_000)
        for _ in 0..<20_000 { bytes.append(generator.next() % 4 == 0 ? UInt8(ascii: "\n") : UInt8(truncatingIfNeeded: generator.next() | 0x80)) }
        bytes += [UInt8](repeating: 0x0A ^ 0x80, count: 3_000) + Array("a,b\r\n\n".utf8)
        bytes.withUnsafeBufferPointer { buffer in
            for lower in [0, 1, 3, 7, 4_999, 5_000] {
                for upper in [buffer.count, buffer.count - 1, buffer.count - 2, lower + 9, lower + 2_048] where upper >= lower {
                    let expected = buffer[lower..<upper].filter { $0 == UInt8(ascii: "\n") }.count
                        + (upper > lower && buffer[upper - 1] != UInt8(ascii: "\n") ? 1 : 0)
                    XCTAssertEqual(CSVChunkSplitter.recordBound(buffer.baseAddress!, lower..<upper, releasesPages: false), expected, "\(lower)..<\(upper)")
                }
            }
        }
    }

    func testErrorInALaterChunkReportsItsExactLine() {
        var text = "a,b\n"
        for row in 0..<1_000 { text += "\(row),\"x\ny\"\n" }
        text += "1,2,3\n"
        for row in 0..<1_000 { text += "\(row),z\n" }
        // The bad record is on physical line 1 + 2 * 1000 + 1.
        assertFileFormatError(try parse(text, chunks: 4), line: 2_002, column: 3, message: "more fields")
    }

    func testLargeFileUsesDefaultChunking() throws {
        var text = "x,y\n"
        let rows = 120_000
        for row in 0..<rows { text += "\(row),\(row % 3 == 0 ? "NA" : "\(Double(row) * 0.25)")\n" }
        let data = try parseCSV(text)
        XCTAssertEqual(data.rowCount, rows)
        XCTAssertEqual(data.numbers("x").last, Double(rows - 1))
        XCTAssertEqual(data.numbers("y")[1], 0.25)
    }
}
