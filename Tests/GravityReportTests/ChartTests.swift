import GravityKit
import GravityTestKit
import XCTest

/// The coefficient plot, scree plot and histogram: well-formed SVG with the expected marks.
final class ChartTests: XCTestCase {
    private func count(_ element: String, in svg: String) -> Int {
        svg.components(separatedBy: "<\(element) ").count - 1
    }

    func testCoefficientPlotFromResultsSkipsTheInterceptAndAbsentTerms() throws {
        let plot = CoefficientPlot(results: [KnownResults.ols, KnownResults.fe], labels: ["Pooled", "Within"])
        XCTAssertEqual(plot.terms, ["x1", "x_2%", "z&w"])
        XCTAssertEqual(plot.series.map(\.name), ["Pooled", "Within"])
        XCTAssertEqual(plot.xLabel, "Estimate and 95% confidence interval")
        let x1 = try XCTUnwrap(plot.series[0].intervals[0])
        XCTAssertEqual(x1.estimate, 1.96)
        XCTAssertEqual(x1.lower, KnownResults.ols.coefficients[1].confLow)
        XCTAssertNil(plot.series[0].intervals[2], "ols has no z&w")
        let svg = plot.svg()
        XCTAssertNil(xmlError(svg))
        XCTAssertEqual(count("circle", in: svg), 2 + 4, "one legend key per model and one marker per estimate")
        XCTAssertTrue(svg.contains(">z&amp;w</text>"))
        XCTAssertTrue(svg.contains("stroke-dasharray=\"6,4\""), "the zero line is dashed")
    }

    func testScreePlotMarksTheComponentsAboveOne() {
        let svg = ScreePlot(eigenvalues: [2.5, 1.2, 0.9, 0.4], componentLabels: ["PC1", "PC2", "PC3", "PC4"]).svg()
        XCTAssertNil(xmlError(svg))
        XCTAssertEqual(svg.components(separatedBy: "fill=\"#0072B2\"").count - 1, 2, "two bars above the Kaiser line")
        XCTAssertTrue(svg.contains(">Kaiser criterion (eigenvalue = 1)</text>"))
        XCTAssertTrue(svg.contains(">PC4</text>"))
        XCTAssertNil(xmlError(ScreePlot(eigenvalues: [2.9, 0.1], title: "碎石图", xLabel: "主成分", yLabel: "特征值").svg()))
    }

    func testHistogramBinsAndMean() {
        let chart = HistogramChart(values: [0, 0.1, 0.25, 0.5, 0.5, 0.99, 1, 1.5, .nan], binCount: 4, range: 0...1)
        XCTAssertEqual(chart.bins, [HistogramChart.Bin(lower: 0, upper: 0.25, count: 2), HistogramChart.Bin(lower: 0.25, upper: 0.5, count: 1),
                                    HistogramChart.Bin(lower: 0.5, upper: 0.75, count: 2), HistogramChart.Bin(lower: 0.75, upper: 1, count: 2)])
        XCTAssertEqual(chart.mean!, 4.84 / 8, accuracy: 1e-12)
        XCTAssertEqual(HistogramChart(values: Array(repeating: 1, count: 8) + [2]).bins.count, 5, "Sturges: ceil(log2 9) + 1")
        let svg = chart.svg()
        XCTAssertNil(xmlError(svg))
        XCTAssertTrue(svg.contains(">Mean = 0.605</text>"), svg)
    }

    func testEfficiencyHistogramNeedsEfficiencies() {
        XCTAssertNil(HistogramChart(efficiencyOf: KnownResults.ols))
        var frontier = KnownResults.ols
        frontier.efficiency = [0.9, nil, 0.7]
        let chart = HistogramChart(efficiencyOf: frontier)
        XCTAssertEqual(chart?.values, [0.9, 0.7])
        XCTAssertEqual(chart?.bins.count, 20)
        XCTAssertEqual(chart?.range, 0...1)
    }

    func testPotentialStyleLineChartStillParses() {
        let chart = LineChart(title: "K", xLabel: "Year", yLabel: "K", series: [.init(name: "A & B", points: [(2013, 0.7), (2014, 1.3)])],
                              bands: [.init(from: 0, to: 0.8, color: "#f4a582", label: "huge")], referenceLines: [0.8])
        XCTAssertNil(xmlError(chart.svg()))
    }
}
