import Foundation
import GravityCore
import GravityIO
import GravityTestKit
import XCTest

/// Rows kept by row conditions on the book's data, against pandas
/// (`References/make_row_condition_counts.py`, which wrote `References/row_condition_counts.json`).
/// The data are read in place from `../shared/data/agtpa`; the test skips, saying why, without them.
final class RowConditionReferenceTests: XCTestCase {
    func testKeptRowsMatchPandasOnTheBookData() throws {
        let referencePath = SharedData.repositoryPath("Tests/GravityCoreTests/References/row_condition_counts.json")
        let reference = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: referencePath))) as? [String: Any])
        let cases = try XCTUnwrap(reference["cases"] as? [[String: Any]])
        XCTAssertEqual(cases.count, 10)
        var datasets: [String: Dataset] = [:]
        for item in cases {
            let file = try XCTUnwrap(item["file"] as? String), condition = try XCTUnwrap(item["condition"] as? String)
            if datasets[file] == nil { datasets[file] = try DataReader.read(path: try SharedData.path("data/agtpa/\(file)")) }
            let dataset = try XCTUnwrap(datasets[file])
            XCTAssertEqual(dataset.rowCount, item["rows"] as? Int, file)
            let rows = try RowCondition(condition).selectedRows(in: dataset)
            XCTAssertEqual(rows.count, item["kept"] as? Int, condition)
            XCTAssertEqual(rows.reduce(0, +), item["kept_row_sum"] as? Int, condition)
        }
    }
}
