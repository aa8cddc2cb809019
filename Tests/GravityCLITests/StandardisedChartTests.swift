import Foundation
import GravityKit
import GravityTestKit
import XCTest

/// The standardised coefficient chart (`compare --chart-scale standardised`): b × sd(x) and its
/// interval against pyfixest and pandas (`References/make_standardised_coefficients.py`), drawn
/// on one axis and rendered.
final class StandardisedChartTests: XCTestCase {
    private let panelFile = SharedData.repositoryPath("Examples/Data/china_central_asia_panel.csv")
    private let formula = "log(ecommerce_trade) ~ log(gdp_pc) + log(population) + internet_use"

    func testStandardisedCoefficientsMatchTheReference() throws {
        let reference = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath:
            SharedData.repositoryPath("Tests/GravityCLITests/References/standardised_coefficients.json")))) as! [String: Any]
        let models = reference["models"] as! [String: [String: [String: Double]]]
        let data = try DataReader.read(path: panelFile)
        let request = FitRequest(formula: try Formula(formula), panel: PanelSpecification(unit: "partner", time: "year"))
        let results = try ["ols", "fe"].map { try EstimatorRegistry.standard().estimator(named: $0).fit(data, request: request) }
        let plot = try CoefficientPlot(standardising: results, in: data)
        XCTAssertEqual(plot.groups, [], "every regressor on one axis")
        for (index, key) in ["ols", "fe"].enumerated() {
            for (row, term) in plot.terms.enumerated() {
                let expected = try XCTUnwrap(models[key]?[term], "\(key) \(term)")
                let interval = try XCTUnwrap(plot.series[index].intervals[row])
                assertClose(interval.estimate, expected["standardised"]!, relative: 1e-8)
                assertClose(interval.lower, expected["lower"]!, relative: 1e-8)
                assertClose(interval.upper, expected["upper"]!, relative: 1e-8)
            }
        }
        XCTAssertTrue(plot.xLabel.contains("b × sd(x)") && plot.xLabel.contains("listcoef"), plot.xLabel)
    }

    func testCompareWritesTheChartInBothScalesAndLanguages() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("standardised-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        for scale in ["raw", "standardised"] {
            for language in ["en", "zh"] {
                let chart = folder.appendingPathComponent("\(scale)_\(language).svg").path
                let run = try CommandRunner.gravity(["compare", panelFile, "--models", "ols,fe", "--formula", formula, "--id", "partner", "--time", "year",
                                                     "--lang", language, "--chart", chart, "--chart-scale", scale])
                XCTAssertEqual(run.status, 0, run.stderr)
                let svg = try String(contentsOfFile: chart, encoding: .utf8)
                XCTAssertNil(xmlError(svg))
                if scale == "standardised" { XCTAssertTrue(svg.contains(language == "zh" ? "标准化系数" : "Standardised coefficients"), svg) }
                try assertRendersInsideCanvas(svg, name: "\(scale)_\(language)")
            }
        }
    }
}
