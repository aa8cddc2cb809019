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

    /// A result carrying technical efficiencies, as a frontier model's.
    private var efficiencyResult: EstimationResult {
        var result = KnownResults.ols
        result.efficiency = RowAlignedValues([0.3, 0.5, 0.55, 0.7, 0.9] as [Double?])
        return result
    }

    private func charts() throws -> [(name: String, svg: String)] {
        let models = [KnownResults.ols, PublicationTableTests.absorbed, PublicationTableTests.frontier]
        return [
            ("coefficients", CoefficientPlot(results: models, labels: ["OLS", "OLS, FE", "Frontier"]).svg()),
            ("coefficients_zh", CoefficientPlot(results: models, title: "系数估计", language: .zh).svg()),
            ("scree", ScreePlot(eigenvalues: [3.1, 1.4, 0.9, 0.4, 0.2]).svg()),
            ("scree_zh", ScreePlot(eigenvalues: [2.9, 0.1], title: "碎石图", xLabel: "主成分", yLabel: "特征值", kaiserLabel: "Kaiser 准则（特征值 = 1）").svg()),
            ("histogram", HistogramChart(values: [0.2, 0.5, 0.55, 0.7, 0.9, 0.95]).svg()),
            ("potential", PotentialChart.svg(try potential())),
            ("potential_zh", PotentialChart.svg(try potential(labels: PotentialClassification.chineseLabels), language: .zh)),
            ("efficiency", PotentialChart.svg(try potential(efficiency: [0.5, 0.85, 0.9, 0.95, 0.6, 0.75]))),
            ("efficiency_zh", PotentialChart.svg(try potential(efficiency: [0.5, 0.85, 0.9, 0.95, 0.6, 0.75]), language: .zh)),
            ("efficiency_histogram_zh", try XCTUnwrap(HistogramChart(efficiencyOf: efficiencyResult, language: .zh)).svg()),
        ]
    }

    func testEveryChartRendersAndKeepsItsTextOnTheCanvas() throws {
        for (name, svg) in try charts() {
            try assertRendersInsideCanvas(svg, name: name)
            XCTAssertTrue(svg.contains("Noto Sans CJK SC") && svg.contains("Microsoft YaHei") && svg.contains("PingFang SC"), "CJK fallbacks in the font stack")
        }
        _ = try executableOnPath("rsvg-convert", install: "librsvg2-bin")
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
        XCTAssertTrue(svg.contains(">Technical efficiency = actual / frontier (constructed)</text>"), svg)
        XCTAssertTrue(svg.contains(">Efficiency</text>"))
        XCTAssertFalse(svg.contains(">reshaping needed</text>"), "efficiency <= 1 can never reach K >= 1.2")
        XCTAssertTrue(svg.contains(">1.0</text>") || svg.contains(">1</text>"), "the axis ends at 1")
    }
}
