import Foundation
import GravityCore
import GravityIO
import XCTest

/// Damaged and unsupported Stata files raise errors naming the file and the byte offset.
final class DTAErrorTests: XCTestCase {
    private func message(reading bytes: [UInt8], file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let path = try temporaryPath("damaged.dta")
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        do {
            _ = try DTAReader.read(path: path)
        } catch GravityError.fileFormat(let message, let errorPath, _, _) {
            XCTAssertEqual(errorPath, path, file: file, line: line)
            return message
        }
        XCTFail("No error", file: file, line: line)
        return ""
    }

    func testTruncatedFiles() throws {
        let whole = try Array(Data(contentsOf: URL(fileURLWithPath: TestSupport.fixture("v118_lsf.dta"))))
        for length in [1, 40, 400, whole.count / 2, whole.count - 30] {
            let text = try message(reading: Array(whole[..<length]))
            XCTAssertTrue(text.contains("byte offset"), text)
        }
        let legacy = try Array(Data(contentsOf: URL(fileURLWithPath: TestSupport.fixture("v114_lsf.dta"))))
        let text = try message(reading: Array(legacy[..<(legacy.count - 200)]))
        XCTAssertTrue(text.contains("truncated") && text.contains("byte offset"), text)
    }

    func testUnsupportedReleases() throws {
        let old = try message(reading: [110, 2, 1, 0] + [UInt8](repeating: 0, count: 200))
        XCTAssertTrue(old.contains("Unsupported Stata format `110` at byte offset 0"), old)
        let newer = try message(reading: Array("<stata_dta><header><release>121</release>".utf8))
        XCTAssertTrue(newer.contains("`121` at byte offset 28"), newer)
    }

    func testEmptyFile() throws {
        XCTAssertTrue(try message(reading: []).contains("empty"))
    }
}
