import GravityKit
import GravityTestKit
import XCTest

/// Overall, between and within spreads as Stata's `xtsum`.
final class PanelDescriptiveStatisticsTests: XCTestCase {
    private let spec = PanelSpecification(unit: "firm", time: "year")

    /// R 4.2 on Examples/Data/grunfeld.csv:
    /// `g <- read.csv("grunfeld.csv"); x <- g$inv; m <- tapply(x, g$firm, mean); w <- x - ave(x, g$firm) + mean(x)`
    /// then `c(mean(x), sd(x), min(x), max(x), sd(m), min(m), max(m), sd(w), min(w), max(w))`,
    /// printed with `formatC(..., digits = 15, format = "g")`; firm 1 with `x <- g$inv[g$firm == 1]`.
    func testGrunfeldMatchesR() throws {
        let data = try DataReader.read(path: SharedData.repositoryPath("Examples/Data/grunfeld.csv"))
        let summaries = try PanelDescriptiveStatistics.summarize(data, panel: spec, expressions: ["inv", "value"])
        let expected: [String: [Double]] = [
            "inv": [145.95825, 216.875296230374, 0.93, 1486.7, 198.824205637829, 3.0845, 608.02, 106.198644682202, -204.36175, 1024.63825],
            "value": [1081.6811, 1314.46969498691, 58.12, 6241.7, 1334.91670632661, 70.921, 4333.845, 340.542096065764, -459.9639, 2989.5361],
        ]
        for s in summaries {
            let e = try XCTUnwrap(expected[s.name])
            let actual = [s.overall.mean, s.overall.standardDeviation, s.overall.minimum, s.overall.maximum,
                          s.between.standardDeviation, s.between.minimum, s.between.maximum,
                          s.within.standardDeviation, s.within.minimum, s.within.maximum]
            for (a, b) in zip(actual, e) { assertClose(a, b, relative: 1e-12, absolute: 1e-10, s.name) }
            XCTAssertEqual(s.overall.count, 200)
            XCTAssertEqual(s.unitCount, 10)
            XCTAssertEqual(s.averagePeriods, 20)
        }
        let firm1 = try XCTUnwrap(summaries[0].units.first)
        XCTAssertEqual(firm1.name, "1")
        XCTAssertEqual(firm1.count, 20)
        assertClose(firm1.mean, 608.02, relative: 1e-12)
        assertClose(firm1.standardDeviation, 309.574627683315, relative: 1e-12)
        XCTAssertEqual(summaries[0].units.map(\.name), (1...10).map(String.init))
    }

    /// Unbalanced by hand: unit a has 1 and 3, unit b has 10 (and a missing value).
    ///
    /// overall: mean 14/3, deviations -11/3, -5/3, 16/3, sd = sqrt((121 + 25 + 256) / 9 / 2) = sqrt(22.333);
    /// between: unit means 2 and 10, sd = sqrt(((2 - 6)^2 + (10 - 6)^2) / 1) = sqrt(32);
    /// within: x - mean_i + 14/3 = 11/3, 17/3, 14/3, sd = sqrt((1 + 1 + 0) / 2) = 1; T-bar = 3 / 2.
    func testUnbalancedByHand() throws {
        let data = try Dataset([("firm", .text(["a", "b", "a", "b"])), ("year", .numeric([1, 1, 2, 2])), ("x", .numeric([1, 10, 3, .nan]))])
        let s = try XCTUnwrap(try PanelDescriptiveStatistics.summarize(data, panel: spec).first)
        XCTAssertEqual(s.name, "x")
        XCTAssertEqual(s.overall.count, 3)
        XCTAssertEqual(s.overall.missing, 0)
        XCTAssertEqual(s.overall.standardDeviation, (402.0 / 18).squareRoot(), accuracy: 1e-13)
        XCTAssertEqual(s.between.standardDeviation, 32.0.squareRoot(), accuracy: 1e-13)
        XCTAssertEqual([s.between.minimum, s.between.maximum], [2, 10])
        XCTAssertEqual(s.within.standardDeviation, 1, accuracy: 1e-13)
        XCTAssertEqual(s.within.minimum, 11.0 / 3, accuracy: 1e-13)
        XCTAssertEqual(s.within.maximum, 17.0 / 3, accuracy: 1e-13)
        XCTAssertEqual(s.averagePeriods, 1.5)
        XCTAssertEqual(s.units.map(\.name), ["a", "b"])
        XCTAssertEqual(s.units.map(\.count), [2, 1])
    }

    func testExpressionsAndDefaultColumns() throws {
        let data = try Dataset([("firm", .numeric([2, 1, 2, 1])), ("year", .numeric([1, 1, 2, 2])), ("x", .numeric([1, 2, 4, 8]))])
        let all = try PanelDescriptiveStatistics.summarize(data, panel: spec)
        XCTAssertEqual(all.map(\.name), ["x"])
        let logged = try XCTUnwrap(try PanelDescriptiveStatistics.summarize(data, panel: spec, expressions: ["log(x)"]).first)
        XCTAssertEqual(logged.overall.maximum, log(8.0), accuracy: 1e-15)
        XCTAssertEqual(logged.units.map(\.name), ["1", "2"])
    }

    func testReportsShowTheThreeParts() throws {
        let data = try DataReader.read(path: SharedData.repositoryPath("Examples/Data/grunfeld.csv"))
        let summaries = try PanelDescriptiveStatistics.summarize(data, panel: spec, expressions: ["inv"])
        let text = PanelDescribeReport.render(summaries, unit: "firm", format: .text, byUnit: true)
        for part in ["overall", "between", "within", "N = 200", "n = 10", "T-bar = 20", "inv by firm", "Descriptive statistics"] {
            XCTAssertTrue(text.contains(part), part)
        }
        let markdown = PanelDescribeReport.render(summaries, unit: "firm", format: .markdown)
        XCTAssertTrue(markdown.contains("| Variable | Obs | Mean | Std. Dev. | Min | Max |"), markdown)
        XCTAssertFalse(markdown.contains("inv by firm"))
        let csv = PanelDescribeReport.render(summaries, unit: "firm", format: .csv, byUnit: true).split(separator: "\n")
        XCTAssertEqual(csv.first, "variable,part,unit,n,mean,sd,min,max")
        XCTAssertEqual(csv.count, 1 + 3 + 10)
        XCTAssertTrue(csv[2].hasPrefix("inv,between,,10,,198.82420563782"), String(csv[2]))
        let json = PanelDescribeReport.render(summaries, unit: "firm", format: .json)
        XCTAssertTrue(json.contains("\"t_bar\": 20"), json)
    }
}
