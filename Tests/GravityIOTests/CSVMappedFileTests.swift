import Foundation
import GravityCore
@testable import GravityIO
import XCTest

/// A file large enough that the reader releases its parsed pages while parsing reads exactly as
/// the same bytes parsed from memory (where nothing is released), including a column that turns
/// to text near the end, so the rows before it are re-read from pages already released.
final class CSVMappedFileTests: XCTestCase {
    func testReleasingParsedPagesKeepsEveryValue() throws {
        let rows = 400_000
        var text = "id,x,code,group\n"
        text.reserveCapacity(rows * 40)
        for row in 0..<rows {
            let code = row == rows - 2 ? "late text" : String(row % 97)
            text += "\(row),\(Double(row) / 7 - 1000.125),\(code),\(row % 1_000)\n"
        }
        let bytes = Array(text.utf8)
        XCTAssertGreaterThan(bytes.count, 2 * ParsedPages.releaseStep + 2 * 1_048_576, "each of two chunks must span a release step")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("GravityIOTests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("large.csv").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))

        let mapped = try CSVReader.read(path: path)
        let inMemory = try CSVReader.parse(bytes, source: "large.csv")
        XCTAssertEqual(mapped.rowCount, rows)
        XCTAssertFalse(try mapped.column("code").isNumeric)
        XCTAssertEqual(mapped.numbers("id"), inMemory.numbers("id"))
        XCTAssertEqual(mapped.numbers("x").map(\.bitPattern), inMemory.numbers("x").map(\.bitPattern))
        XCTAssertEqual(try mapped.column("code"), try inMemory.column("code"))
        XCTAssertEqual(mapped.numbers("group"), inMemory.numbers("group"))
        XCTAssertEqual(mapped.numbers("x")[rows - 1], Double(rows - 1) / 7 - 1000.125, accuracy: 1e-9)
    }
}
