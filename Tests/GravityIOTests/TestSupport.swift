import Foundation
import GravityCore
import GravityIO
import XCTest

/// Helpers shared by the GravityIO tests.
enum TestSupport {
    /// The repository root, found from this file's location (Tests/GravityIOTests/...).
    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// The shared data folder that sits next to the repository, or a skip when it is absent.
    static func sharedData(_ relativePath: String) throws -> URL {
        let url = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/data").appendingPathComponent(relativePath)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw XCTSkip("The shared data file or folder \(relativePath) is not available next to the repository.")
        }
        return url
    }

    /// The path of a fixture file shipped with the tests, by its Stata name (`v118_lsf.dta`); the
    /// files carry the suffix `.fixture` so they are not mistaken for shared data sets.
    static func fixture(_ name: String) throws -> String {
        let folder = try XCTUnwrap(Bundle.module.url(forResource: "Fixtures", withExtension: nil), "Fixtures folder missing")
        return folder.appendingPathComponent(name + ".fixture").path
    }

}

extension XCTestCase {
    /// A path in a fresh temporary folder, for files written by a test; the folder and
    /// everything in it are removed when the test ends.
    func temporaryPath(_ name: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("GravityIOTests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        return folder.appendingPathComponent(name).path
    }
}

/// Asserts that `body` throws a file-format error at the given line and column whose message
/// contains `fragment`.
func assertFileFormatError(
    _ body: @autoclosure () throws -> Dataset, line expectedLine: Int?, column expectedColumn: Int?, message fragment: String,
    file: StaticString = #filePath, line: UInt = #line
) {
    XCTAssertThrowsError(try body(), file: file, line: line) { error in
        guard case GravityError.fileFormat(let message, _, let errorLine, let errorColumn) = error else {
            return XCTFail("Expected a file-format error, got \(error)", file: file, line: line)
        }
        XCTAssertEqual(errorLine, expectedLine, "line; message: \(message)", file: file, line: line)
        XCTAssertEqual(errorColumn, expectedColumn, "column; message: \(message)", file: file, line: line)
        XCTAssertTrue(message.contains(fragment), "`\(message)` lacks `\(fragment)`", file: file, line: line)
    }
}

extension Dataset {
    /// The numbers of column `name` (the test fails when it is not numeric).
    func numbers(_ name: String, file: StaticString = #filePath, line: UInt = #line) -> [Double] {
        guard case .numeric(let values)? = try? column(name) else {
            XCTFail("Column \(name) is not numeric", file: file, line: line)
            return []
        }
        return values
    }

    /// The values of column `name` as optional strings (the test fails when it is not text).
    func strings(_ name: String, file: StaticString = #filePath, line: UInt = #line) -> [String?] {
        guard let column = try? column(name), !column.isNumeric else {
            XCTFail("Column \(name) is not text", file: file, line: line)
            return []
        }
        return (0..<column.count).map { column.text(at: $0) }
    }
}

/// Parses CSV text with the given options.
func parseCSV(_ text: String, options: CSVReadOptions = .init()) throws -> Dataset {
    try CSVReader.parse(Array(text.utf8), source: "test.csv", options: options)
}
