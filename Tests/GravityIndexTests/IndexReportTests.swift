import Foundation
import GravityKit
import GravityTestKit
import XCTest

/// The report formats and attaching the index to a dataset.
final class IndexReportTests: XCTestCase {
    private func panel() throws -> Dataset {
        try Dataset([
            ("country", .text(["A", "A", "B", "B", "C", "C"])),
            ("year", .numeric([2001, 2002, 2001, 2002, 2001, 2002])),
            ("x", .numeric([1, 2, 3, 5, 4, .nan])),
            ("y", .numeric([2, 1, 4, 6, 3, 5])),
            ("z", .numeric([0, 1, 1, 3, 2, 2])),
        ])
    }

    private let spec = PanelSpecification(unit: "country", time: "year")

    func testJSONKeysInOrder() throws {
        let result = try PCAIndexBuilder().build(panel(), variables: ["x", "y", "z"], panel: spec)
        guard case .object(let pairs) = IndexJSON.value(result) else { return XCTFail("not an object") }
        XCTAssertEqual(pairs.map(\.0), ["method", "variables", "cost_variables", "nobs", "scaling", "kmo", "bartlett", "eigenvalues",
                                        "proportion", "cumulative", "retained", "retention_rule", "loadings", "rotated_loadings",
                                        "communalities", "entropy", "weights", "correlation", "index", "notes"])
        let json = IndexJSON.value(result)
        guard case .object(let kmo)? = json["kmo"] else { return XCTFail("kmo") }
        XCTAssertEqual(kmo.map(\.0), ["overall", "per_variable"])
        guard case .object(let bartlett)? = json["bartlett"] else { return XCTFail("bartlett") }
        XCTAssertEqual(bartlett.map(\.0), ["statistic", "df", "p_value"])
        guard case .array(let rows)? = json["index"], case .object(let first) = rows[0] else { return XCTFail("index") }
        XCTAssertEqual(rows.count, 5)
        XCTAssertEqual(first.map(\.0), ["row", "unit", "time", "composite", "value"])
        XCTAssertEqual(rows[0]["unit"], .string("A"))
        XCTAssertEqual(rows[0]["time"], .string("2001"))
        XCTAssertEqual(json["entropy"], .null)
        // The serialised text parses as JSON.
        XCTAssertNoThrow(try JSONSerialization.jsonObject(with: Data(IndexJSON.string(result).utf8)))
    }

    func testEntropyJSONHasNoComponents() throws {
        let result = try EntropyIndexBuilder().build(panel(), variables: ["x", "y", "z"])
        let json = IndexJSON.value(result)
        XCTAssertEqual(json["retained"], .null)
        XCTAssertEqual(json["loadings"], .null)
        guard case .object(let entropy)? = json["entropy"] else { return XCTFail("entropy") }
        XCTAssertEqual(entropy.map(\.0), ["entropy", "divergence"])
        guard case .array(let rows)? = json["index"], case .object(let first) = rows[0] else { return XCTFail("index") }
        XCTAssertEqual(first.map(\.0), ["row", "composite", "value"])
    }

    func testTextMarkdownAndCSV() throws {
        let result = try PCAIndexBuilder().build(panel(), variables: ["x", "y", "z"], panel: spec)
        let text = IndexReport.render(result, format: .text)
        for part in ["Composite index `pca`: 3 indicators, 5 observations", "KMO", "Bartlett's sphericity test: chi2(3)",
                     "Eigenvalues of the correlation matrix", "Varimax-rotated loadings", "Correlation matrix",
                     "1 of 6 rows dropped for missing values (x: 1)"] {
            XCTAssertTrue(text.contains(part), part)
        }
        let markdown = IndexReport.render(result, format: .markdown)
        XCTAssertTrue(markdown.contains("| Row | country | year | Composite | Index |"), markdown)
        let csv = IndexReport.render(result, format: .csv).split(separator: "\n")
        XCTAssertEqual(csv[0], "row,unit,time,composite,index")
        XCTAssertEqual(csv.count, 6)
        XCTAssertTrue(csv[1].hasPrefix("1,A,2001,"), String(csv[1]))
    }

    func testTextShowsAtMostTwentyRows() throws {
        let data = try DataReader.read(path: SharedData.repositoryPath("Examples/Data/usjudgeratings.csv"))
        let result = try EqualWeightIndexBuilder().build(data, variables: ["CONT", "INTG", "DMNR"])
        let text = IndexReport.render(result, format: .text)
        XCTAssertTrue(text.contains("Index (first 20 of 43 rows; --format csv writes all)"))
        XCTAssertEqual(IndexReport.render(result, format: .csv).split(separator: "\n").count, 44)
    }

    func testAppendByRowAndByUnitAndPeriod() throws {
        let data = try panel()
        let result = try EqualWeightIndexBuilder().build(data, variables: ["x", "y", "z"], panel: spec)
        // By unit and period into a bilateral-style dataset with repeated and unknown keys.
        let target = try Dataset([("country", .text(["B", "A", "B", "D", "C"])), ("year", .numeric([2002, 2001, 2002, 2001, 2002]))])
        let (extended, unmatched) = try result.appended(to: target, as: "dev_index")
        let values = try extended.numeric("dev_index")
        XCTAssertEqual(values[0], result.index[3])
        XCTAssertEqual(values[1], result.index[0])
        XCTAssertEqual(values[2], result.index[3])
        XCTAssertTrue(values[3].isNaN && values[4].isNaN)
        XCTAssertEqual(unmatched, 2)
        // Row by row without a panel.
        let plain = try EqualWeightIndexBuilder().build(data, variables: ["x", "y", "z"])
        let (same, missing) = try plain.appended(to: data, as: "idx")
        XCTAssertEqual(missing, 1)
        XCTAssertEqual(try same.numeric("idx")[0], plain.index[0])
        XCTAssertThrowsError(try plain.appended(to: data, as: "x"))
        XCTAssertThrowsError(try plain.appended(to: target, as: "idx"))
    }
}
