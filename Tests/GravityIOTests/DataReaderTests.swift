import GravityCore
import GravityIO
import XCTest

/// Choosing the reader by file extension.
final class DataReaderTests: XCTestCase {
    func testReadsByExtension() throws {
        let csv = try temporaryPath("table.CSV")
        try "a,b\n1,x\n".write(toFile: csv, atomically: true, encoding: .utf8)
        XCTAssertEqual(try DataReader.read(path: csv).strings("b"), ["x"])

        let tsv = try temporaryPath("table.tsv")
        try "a\tb\n1\tx,y\n".write(toFile: tsv, atomically: true, encoding: .utf8)
        XCTAssertEqual(try DataReader.read(path: tsv).strings("b"), ["x,y"])

        let txt = try temporaryPath("table.txt")
        try "a,b\n2,3\n".write(toFile: txt, atomically: true, encoding: .utf8)
        XCTAssertEqual(try DataReader.read(path: txt).numbers("b"), [3])

        let dta = try temporaryPath("copy.dta")
        try FileManager.default.copyItem(atPath: TestSupport.fixture("v118_lsf.dta"), toPath: dta)
        XCTAssertEqual(try DataReader.read(path: dta).rowCount, 5)
    }

    func testUnknownExtensionListsSupportedOnes() {
        for path in ["data.xlsx", "data"] {
            XCTAssertThrowsError(try DataReader.read(path: path)) { error in
                guard case GravityError.fileFormat(let message, _, _, _) = error else { return XCTFail("\(error)") }
                XCTAssertTrue(message.contains(".csv, .tsv, .txt, .dta"), message)
            }
        }
    }
}
