import Foundation
import GravityKit
import GravityTestKit
import XCTest

/// The counterfactual table as LaTeX (compiled with pdflatex, English and Chinese) and as Word
/// (unzipped and parsed), on the three-country example.
final class PublicationOutputTests: XCTestCase {
    private func analysis() throws -> GEAnalysis {
        let names = ["A", "B", "C"]
        let exporters: [String?] = (0..<9).map { names[$0 / 3] }
        let importers: [String?] = (0..<9).map { names[$0 % 3] }
        let domestic: [Bool] = (0..<9).map { $0 % 4 == 0 }
        let trade: [Double] = (0..<9).map { (domestic[$0] ? 1.0 : 0.5) * Double($0 % 3 + 1) }
        let t0: [Double] = domestic.map { $0 ? 1.0 : 0.5 }
        let t1: [Double] = domestic.map { $0 ? 1.0 : 0.8 }
        let columns: [(name: String, column: Column)] = [("exporter", Column.text(exporters)), ("importer", Column.text(importers)),
                                                          ("trade", .numeric(trade)), ("t0", .numeric(t0)), ("t1", .numeric(t1))]
        let data = try Dataset(columns)
        var spec = GEDataSpecification(exporter: "exporter", importer: "importer", trade: "trade", costs: .given(baseline: "t0", counterfactual: "t1"))
        spec.sigma = 5
        return try GEAnalysis(data, specification: spec, settings: GESettings(), registry: EstimatorRegistry())
    }

    func testLaTeXCompilesInEnglishAndChinese() throws {
        let result = try analysis()
        _ = try compileLaTeXTable(GEReport.render(result, format: .latex), packages: ["booktabs", "graphicx"], chinese: false)
        _ = try compileLaTeXTable(GEReport.render(result, format: .latex, chinese: true), packages: ["booktabs", "graphicx"], chinese: true)
    }

    func testWordDocumentHoldsTheTable() throws {
        let xml = try wordDocumentXML(unzipping: GEReport.docx(try analysis(), chinese: true))
        for text in ["国家", "实际GDP", ">A<", ">C<"] { XCTAssertTrue(xml.contains(text), "document.xml lacks \(text)") }
    }
}
