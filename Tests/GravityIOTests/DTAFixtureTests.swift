import GravityCore
import GravityIO
import XCTest

/// Stata releases 114, 117, 118 and 119 written by Fixtures/make_fixtures.py, whose values are
/// repeated here.
final class DTAFixtureTests: XCTestCase {
    private let latinText: [String?] = ["Côte d'Ivoire", nil, "ab", "xxxxxxxxxxxxxxxxxxxx", "Zürich"]
    private let unicodeText: [String?] = ["中国", nil, "日本語テキスト", "Côte", "ok"]

    private func read(_ name: String, labels: ValueLabelMode = .ignore) throws -> Dataset {
        try DTAReader.read(path: TestSupport.fixture(name), options: DTAReadOptions(valueLabels: labels))
    }

    /// Checks the numeric columns every fixture shares, including `.`, `.a` and `.z` missing values.
    private func assertNumbers(_ data: Dataset, file: StaticString = #filePath, line: UInt = #line) {
        func same(_ name: String, _ expected: [Double]) {
            XCTAssertEqual(data.numbers(name).map(\.bitPattern), expected.map(\.bitPattern), name, file: file, line: line)
        }
        XCTAssertEqual(data.rowCount, 5, file: file, line: line)
        same("b", [1, -5, 100, .nan, 7])
        same("i", [300, -32_000, .nan, 0, 17])
        same("l", [100_000, -2_000_000_000, .nan, 5, 6])
        same("f", [Double(Float(0.1)), -2.5, .nan, Double(Float(1.5e38)), .nan])
        same("d", [1.0 / 3, -1e300, .nan, Double("2.5e-310")!, .nan])
        same("grade", [1, 2, 3, .nan, 4])
    }

    func testRelease114BothByteOrders() throws {
        for name in ["v114_lsf.dta", "v114_msf.dta"] {
            let data = try read(name)
            XCTAssertEqual(data.names, ["b", "i", "l", "f", "d", "s", "grade"], name)
            assertNumbers(data)
            XCTAssertEqual(data.strings("s"), latinText, name)
        }
        let little = try read("v114_lsf.dta")
        let big = try read("v114_msf.dta")
        XCTAssertEqual(try little.column("s"), try big.column("s"))
    }

    func testRelease117WithStrL() throws {
        let data = try read("v117_msf.dta")
        XCTAssertEqual(data.names, ["b", "i", "l", "f", "d", "s", "grade", "note"])
        assertNumbers(data)
        XCTAssertEqual(data.strings("s"), latinText)
        let long = String(repeating: "long text ", count: 40)
        XCTAssertEqual(data.strings("note"), [long, nil, "short", long, "end"])
    }

    func testRelease118ChineseTextAndBinaryStrL() throws {
        let data = try read("v118_lsf.dta")
        assertNumbers(data)
        XCTAssertEqual(data.strings("s"), unicodeText)
        let long = String(repeating: "长文本", count: 40)
        XCTAssertEqual(data.strings("note"), [long, nil, "short", long, "中"])
    }

    func testRelease119BigEndian() throws {
        let data = try read("v119_msf.dta")
        assertNumbers(data)
        XCTAssertEqual(data.strings("s"), unicodeText)
        XCTAssertEqual(data.strings("note")[2...4], ["short", String(repeating: "长文本", count: 40), "中"])
    }

    func testValueLabelsAsText() throws {
        for name in ["v114_lsf.dta", "v114_msf.dta", "v117_msf.dta"] {
            XCTAssertEqual(try read(name, labels: .asText).strings("grade"), ["low", "médium", "high", nil, "4"], name)
        }
        for name in ["v118_lsf.dta", "v119_msf.dta"] {
            let data = try read(name, labels: .asText)
            XCTAssertEqual(data.strings("grade"), ["low", "高", "high", nil, "4"], name)
            // Variables without value labels keep their numbers.
            XCTAssertEqual(data.numbers("b")[0], 1)
        }
    }
}
