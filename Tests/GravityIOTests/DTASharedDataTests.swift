import Foundation
import GravityCore
import GravityIO
import XCTest

/// Every Stata file of the shared structural-gravity data (releases 113 and 115) reads to the
/// same table as its CSV twin.
final class DTASharedDataTests: XCTestCase {
    func testEveryDTAMatchesItsCSVTwin() throws {
        let folder = try TestSupport.sharedData("agtpa")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".dta") }.sorted()
        XCTAssertFalse(files.isEmpty)
        for file in files {
            let dta = try DTAReader.read(path: folder.appendingPathComponent(file).path)
            let twin = folder.appendingPathComponent(String(file.dropLast(4)) + ".csv").path
            let csv = try CSVReader.read(path: twin)
            XCTAssertEqual(dta.names, csv.names, file)
            XCTAssertEqual(dta.rowCount, csv.rowCount, file)
            for (name, (left, right)) in zip(dta.names, zip(dta.columns, csv.columns)) {
                switch (left, right) {
                case (.numeric(let a), .numeric(let b)):
                    let differing = zip(a, b).filter { !($0.isNaN && $1.isNaN) && $0 != $1 }
                    XCTAssertTrue(differing.isEmpty, "\(file) \(name): \(differing.prefix(3))")
                case (.text, .text):
                    let same = (0..<left.count).allSatisfy { left.text(at: $0) == right.text(at: $0) }
                    XCTAssertTrue(same, "\(file) \(name)")
                default:
                    XCTFail("\(file) \(name): the DTA column is \(left.isNumeric ? "numeric" : "text"), the CSV one is not")
                }
            }
        }
    }
}
