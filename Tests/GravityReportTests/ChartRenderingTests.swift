import Foundation
import GravityKit
import GravityTestKit
import XCTest

/// Every chart the package draws, in English and Chinese, rendered by a real SVG renderer
/// (rsvg-convert) where installed, with every label inside the canvas.
final class ChartRenderingTests: XCTestCase {
    /// A trade-potential analysis of two units over three years; with `efficiency`, a frontier's.
    private func potential(efficiency: [Double?]? = nil, labels: [String] = PotentialClassification.englishLabels) throws -> TradePotential {
        let data = try Dataset([("country", Column.text(["KAZ", "KAZ", "KAZ", "TJK", "TJK", "TJK"])), ("year", .numeric([2013, 2014, 2015, 2013, 2014, 2015])),
                                ("trade", .numeric([0.5, 0.9, 1.4, 2.5, 1.1, 0.7]))])
        var result = EstimationResult(model: "constructed", formula: "log(trade) ~ 1", responseName: "log(trade)", nobs: 6, covarianceLabel: "none",
                                      terms: ["(Intercept)"], estimates: [0], covariance: .identity(1), inference: .normal,
                                      fitted: [0, 0, 0, 0, 0, 0], residuals: [0, 0, 0, 0, 0, 0])
        result.efficiency = efficiency.map(RowAlignedValues.init)
        return try TradePotential(result: result, dataset: data, panel: PanelSpecification(unit: "country", time: "year"),
                                  classification: try PotentialClassification(labels: labels))
    }

    private func charts() throws -> [(name: String, svg: String)] {
        let models = [KnownResults.ols, PublicationTableTests.absorbed, PublicationTableTests.frontier]
        return [
            ("coefficients", CoefficientPlot(results: models, labels: ["OLS", "OLS, FE", "Frontier"]).svg()),
            ("coefficients_zh", CoefficientPlot(results: models, title: "系数估计", language: .zh).svg()),
            ("scree", ScreePlot(eigenvalues: [3.1, 1.4, 0.9, 0.4, 0.2]).svg()),
            ("scree_zh", ScreePlot(eigenvalues: [2.9, 0.1], title: "碎石图", xLabel: "主成分", yLabel: "特征值").svg()),
            ("histogram", HistogramChart(values: [0.2, 0.5, 0.55, 0.7, 0.9, 0.95]).svg()),
            ("potential", PotentialChart.svg(try potential())),
            ("potential_zh", PotentialChart.svg(try potential(labels: PotentialClassification.chineseLabels), language: .zh)),
            ("efficiency", PotentialChart.svg(try potential(efficiency: [0.5, 0.85, 0.9, 0.95, 0.6, 0.75]))),
        ]
    }

    /// Text elements whose estimated extent leaves the canvas (rotated axis titles excepted).
    static func textOutsideCanvas(_ svg: String) -> [String] {
        func number(_ name: String, in text: String) -> Double? {
            guard let range = text.range(of: " \(name)=\"") else { return nil }
            return Double(text[range.upperBound...].prefix { $0 != "\"" })
        }
        guard let width = number("width", in: svg), let height = number("height", in: svg) else { return ["no size"] }
        var outside: [String] = []
        for element in svg.components(separatedBy: "<text ").dropFirst() where !element.contains("transform=") {
            let content = element.drop { $0 != ">" }.dropFirst().prefix { $0 != "<" }
            let x = number("x", in: " " + element) ?? 0, y = number("y", in: " " + element) ?? 0, size = number("font-size", in: " " + element) ?? 12
            let extent = content.reduce(0.0) { $0 + ($1.unicodeScalars.first!.value > 0x2E80 ? size : size * 0.62) }
            let anchor = element.contains("text-anchor=\"end\"") ? 1.0 : element.contains("text-anchor=\"middle\"") ? 0.5 : 0
            let left = x - anchor * extent, right = left + extent
            if left < 0 || right > width || y - size < 0 || y > height { outside.append(String(content)) }
        }
        return outside
    }

    func testEveryChartRendersAndKeepsItsTextOnTheCanvas() throws {
        let charts = try charts()
        for (name, svg) in charts {
            XCTAssertNil(xmlError(svg), name)
            XCTAssertEqual(Self.textOutsideCanvas(svg), [], "\(name): text cut off at the canvas edge")
            XCTAssertTrue(svg.contains("Noto Sans CJK SC") && svg.contains("Microsoft YaHei") && svg.contains("PingFang SC"), "CJK fallbacks in the font stack")
        }
        let rsvg = try executableOnPath("rsvg-convert", install: "librsvg2-bin")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("charts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, svg) in charts {
            let input = folder.appendingPathComponent(name + ".svg"), output = folder.appendingPathComponent(name + ".png")
            try svg.write(to: input, atomically: true, encoding: .utf8)
            let run = try runTool(rsvg, ["-o", output.path, input.path])
            XCTAssertEqual(run.status, 0, name)
            let png = try Data(contentsOf: output)
            XCTAssertEqual(Array(png.prefix(4)), [0x89, 0x50, 0x4E, 0x47], "\(name) rendered to PNG")
        }
    }

    func testCoefficientPlotPanelsSeparateElasticitiesAndLeaveOutAuxiliaryParameters() {
        let plot = CoefficientPlot(results: [KnownResults.ols, PublicationTableTests.absorbed, PublicationTableTests.frontier])
        XCTAssertEqual(plot.terms, ["log(DIST)", "x1", "x_2%", "CNTG"])
        XCTAssertFalse(plot.terms.contains { ["sigmaSq", "gamma", "eta", "mu"].contains($0) }, "never the auxiliary parameters")
        XCTAssertEqual(plot.panels.map(\.title), ["Elasticities (logged regressors)", "Semi-elasticities (levels and indicators)"])
        XCTAssertEqual(plot.panels.map(\.rows), [0..<1, 1..<4])
    }

    func testEfficiencyChartIsOnTheUnitIntervalWithItsOwnBands() throws {
        let svg = PotentialChart.svg(try potential(efficiency: [0.5, 0.85, 0.9, 0.95, 0.6, 0.75]))
        XCTAssertTrue(svg.contains(">Technical efficiency = actual / frontier</text>"), svg)
        XCTAssertTrue(svg.contains(">Efficiency</text>"))
        XCTAssertFalse(svg.contains(">reshaping needed</text>"), "efficiency <= 1 can never reach K >= 1.2")
        XCTAssertTrue(svg.contains(">1.0</text>") || svg.contains(">1</text>"), "the axis ends at 1")
    }
}
