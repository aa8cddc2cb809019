import GravityKit
import GravityTestKit
import XCTest
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Trade potential on constructed cases whose K is known exactly.
final class TradePotentialTests: XCTestCase {
    /// A result whose fitted values are given: with fitted = 0 on the log scale, exp(0) = 1 exactly,
    /// so K equals the trade value with no rounding.
    private func result(formula: String, fitted: [Double?], efficiency: [Double?]? = nil) -> EstimationResult {
        var result = EstimationResult(model: "constructed", formula: formula, responseName: "log(trade)", nobs: fitted.compactMap { $0 }.count,
                                      covarianceLabel: "none", terms: ["(Intercept)"], estimates: [0], covariance: .identity(1),
                                      inference: .normal, fitted: RowAlignedValues(fitted),
                                      residuals: RowAlignedValues(fitted.map { $0.map { _ in 0.0 } }))
        result.efficiency = efficiency.map(RowAlignedValues.init)
        return result
    }

    private func data(_ trade: [Double]) throws -> Dataset {
        try Dataset([("country", Column.text(["A", "A", "A", "B", "B", "B"])), ("year", .numeric([2013, 2014, 2015, 2013, 2014, 2015])),
                     ("trade", .numeric(trade))])
    }

    private let panel = PanelSpecification(unit: "country", time: "year")

    func testBoundariesAreClassifiedByTheStatedRule() throws {
        let potential = try TradePotential(result: result(formula: "log(trade) ~ 1", fitted: [0, 0, 0, 0, 0, 0]),
                                           dataset: try data([0.8, 0.8000001, 1.2, 1.1999999, 0.5, 3]), panel: panel,
                                           classification: try PotentialClassification())
        XCTAssertEqual(potential.rows.map(\.k), [0.8, 0.8000001, 1.2, 1.1999999, 0.5, 3])
        XCTAssertEqual(potential.rows.map(\.label), ["huge potential", "expandable potential", "reshaping needed",
                                                     "expandable potential", "huge potential", "reshaping needed"])
    }

    func testLevelResponseUsesFittedValuesDirectly() throws {
        let potential = try TradePotential(result: result(formula: "trade ~ 1", fitted: [10, 10, 10, 10, 10, 10]),
                                           dataset: try data([8, 12, 10, 8, 8, 8]), panel: panel,
                                           classification: try PotentialClassification(thresholds: nil, labels: "zh"))
        XCTAssertEqual(potential.rows.map(\.k), [0.8, 1.2, 1.0, 0.8, 0.8, 0.8])
        XCTAssertEqual(potential.rows.map(\.label), ["潜力巨大型", "潜力再造型", "潜力拓展型", "潜力巨大型", "潜力巨大型", "潜力巨大型"])
    }

    func testTransitionsAndPaths() throws {
        let potential = try TradePotential(result: result(formula: "log(trade) ~ 1", fitted: [0, 0, 0, 0, 0, 0]),
                                           dataset: try data([0.5, 1.0, 1.5, 1.0, 1.0, 1.0]), panel: panel,
                                           classification: try PotentialClassification())
        XCTAssertEqual(potential.transitions(), [
            PotentialTransition(unit: "A", fromTime: "2013", toTime: "2014", fromClass: "huge potential", toClass: "expandable potential"),
            PotentialTransition(unit: "A", fromTime: "2014", toTime: "2015", fromClass: "expandable potential", toClass: "reshaping needed"),
        ])
        XCTAssertEqual(potential.pathDescriptions()[1], "B: expandable potential (2013-2015)")
        XCTAssertEqual(potential.pathDescriptions(in: .zh)[0], "A：潜力巨大型（2013） -> 潜力拓展型（2014） -> 潜力再造型（2015）")
        XCTAssertEqual(potential.transitions(in: .zh)[0].toClass, "潜力拓展型")
    }

    func testMissingCellsShowAsDashesInTheWideTable() throws {
        let potential = try TradePotential(result: result(formula: "log(trade) ~ 1", fitted: [0, nil, 0, 0, 0, 0]),
                                           dataset: try data([1, 1, 1, 1, 1, 1]), panel: panel,
                                           classification: try PotentialClassification())
        XCTAssertEqual(PotentialReport.wideCells(potential)[0], ["A", "1.000 expandable potential", "-", "1.000 expandable potential"])
        XCTAssertTrue(potential.notes.contains { $0.english.contains("1 row(s) were not used") }, "\(potential.notes)")
    }

    func testLogRatioWarnsWhenALogarithmIsNotPositive() throws {
        let potential = try TradePotential(result: result(formula: "log(trade) ~ 1", fitted: [1, 1, 1, 1, 1, 1]),
                                           dataset: try data([0.5, 2, 3, 4, 5, 6]), panel: panel,
                                           classification: try PotentialClassification(), ratio: .log)
        XCTAssertEqual(potential.rows[0].k, Foundation.log(0.5))
        XCTAssertTrue(potential.notes.contains { $0.english.hasPrefix("Warning: 1 row(s) have a non-positive logarithm") }, "\(potential.notes)")
    }

    func testFrontierEfficiencyIsK() throws {
        let potential = try TradePotential(result: result(formula: "log(trade) ~ 1", fitted: [5, 5, 5, 5, 5, 5], efficiency: [0.5, 0.9, 1, 0.25, 0.5, 0.75]),
                                           dataset: try data([1, 1, 1, 1, 1, 1]), panel: panel, classification: try PotentialClassification())
        XCTAssertEqual(potential.rows.map(\.k), [0.5, 0.9, 1, 0.25, 0.5, 0.75])
        XCTAssertEqual(potential.rows[0].predicted, 2)
    }

    func testSmearingFactorIsTheMeanOfExponentiatedResiduals() throws {
        var fitted = result(formula: "log(trade) ~ 1", fitted: [0, 0, 0, 0, 0, 0])
        fitted.residuals = [0.1, -0.1, 0.2, -0.2, 0, 0]
        let potential = try TradePotential(result: fitted, dataset: try data([1, 1, 1, 1, 1, 1]), panel: panel,
                                           classification: try PotentialClassification(), smearing: true)
        let expected = (exp(0.1) + exp(-0.1) + exp(0.2) + exp(-0.2) + 2) / 6
        assertClose(potential.smearingFactor!, expected, relative: 1e-15)
        assertClose(potential.rows[0].k, 1 / expected, relative: 1e-15)
    }

    func testBadThresholdsAndLabelsAreRejected() {
        XCTAssertThrowsError(try PotentialClassification(thresholds: "1.2,0.8", labels: nil))
        XCTAssertThrowsError(try PotentialClassification(thresholds: "0.8", labels: nil))
        XCTAssertThrowsError(try PotentialClassification(thresholds: nil, labels: "a,b"))
        XCTAssertEqual(try PotentialClassification(thresholds: "0.9,1.1", labels: "low, mid ,high").labels, ["low", "mid", "high"])
    }

    func testChartIsWellFormedXML() throws {
        let potential = try TradePotential(result: result(formula: "log(trade) ~ 1", fitted: [0, 0, 0, 0, 0, 0]),
                                           dataset: try data([0.5, 1.0, 1.5, 1.0, 1.0, 1.0]), panel: panel,
                                           classification: try PotentialClassification(thresholds: nil, labels: "zh"))
        let svg = PotentialChart.svg(potential)
        let parser = XMLParser(data: Data(svg.utf8))
        XCTAssertTrue(parser.parse(), "\(String(describing: parser.parserError))")
        XCTAssertTrue(svg.contains("潜力巨大型"))
    }
}

/// Levels models (PPML), the robust Hausman test on few clusters, and the demo's choice.
final class PotentialSpecificationChoiceTests: XCTestCase {
    func testZeroFlowsOfALevelsModelGetKZeroAndTheirOwnNote() throws {
        let data = try Dataset([("pair", Column.text(["A", "A", "B", "B"])), ("year", .numeric([1, 2, 1, 2])), ("trade", .numeric([0, 4, 2, 0]))])
        let result = EstimationResult(model: "ppml", formula: "trade ~ 1", responseName: "trade", nobs: 4, covarianceLabel: "none",
                                      terms: ["(Intercept)"], estimates: [0], covariance: .identity(1), inference: .normal,
                                      fitted: [2, 2, 2, 2], residuals: [-2, 2, 0, -2])
        let potential = try TradePotential(result: result, dataset: data, panel: PanelSpecification(unit: "pair", time: "year"),
                                           classification: try PotentialClassification())
        XCTAssertEqual(potential.rows.map(\.k), [0, 2, 1, 0])
        XCTAssertTrue(potential.notes.map(\.english).contains("2 zero flow(s) have K = 0 (actual trade 0 against a positive prediction): the largest potential, in the first class (K <= 0.8)."), "\(potential.notes)")
        XCTAssertTrue(potential.notes.contains { $0.english.contains("no retransformation correction is needed") }, "\(potential.notes)")
    }

    func testRobustHausmanOnSixClustersIsNotComputable() throws {
        let data = try DataReader.read(path: SharedData.repositoryPath("Examples/Data/china_central_asia_panel.csv"))
        let request = FitRequest(formula: try Formula("log(ecommerce_trade) ~ log(gdp_pc) + log(population) + internet_use + log(cpi) + openness + log(dist_oil)"),
                                 panel: PanelSpecification(unit: "partner", time: "year"), options: ["method": "amemiya"])
        let tests = try PanelTests.run([.hausman, .robustHausman], data: data, request: request)
        XCTAssertTrue(tests[1].statistic.isNaN && tests[1].pValue.isNaN, "no chi2 and no p-value: \(tests[1])")
        XCTAssertTrue(tests[1].note?.hasPrefix("6 clusters for ") == true, tests[1].note ?? "")
        XCTAssertTrue(ResultText.describe(tests[1]).contains("not computable"), ResultText.describe(tests[1]))
        let choice = SpecificationChoice(tests: tests, unit: "partner")
        XCTAssertTrue(choice.reason.english.contains("not computable") && choice.reason.english.contains("the classic Hausman test decides"), choice.reason.english)
        XCTAssertTrue(choice.reason.chinese.contains("无法计算") && choice.reason.chinese.contains("6 个聚类"), choice.reason.chinese)
    }

    func testTheChartTitleNamesThePredictionTheNotesState() throws {
        let data = try DataReader.read(path: SharedData.repositoryPath("Examples/Data/china_central_asia_panel.csv"))
        let panel = PanelSpecification(unit: "partner", time: "year")
        let request = FitRequest(formula: try Formula("log(ecommerce_trade) ~ log(gdp_pc) + log(population) + internet_use"), panel: panel,
                                 options: ["method": "amemiya"])
        let classification = try PotentialClassification()
        let cases: [(model: String, prediction: PotentialPrediction, shown: String)] = [
            ("re", .fitted, "xb"), ("re", .xb, "xb"), ("re", .xbu, "xbu"), ("fe", .xb, "xb"), ("ols", .fitted, "fitted values"),
        ]
        for (model, prediction, shown) in cases {
            let result = try EstimatorRegistry.standard().estimator(named: model).fit(data, request: model == "re" ? request : FitRequest(formula: request.formula, panel: panel))
            let potential = try TradePotential(result: result, dataset: data, panel: panel, classification: classification, prediction: prediction)
            XCTAssertEqual(potential.prediction.rawValue, shown == "fitted values" ? "fitted" : shown)
            let svg = PotentialChart.svg(potential)
            let named = shown == "fitted values" ? shown : "prediction " + shown
            XCTAssertTrue(svg.contains("(\(model), \(named))"), "\(model) \(prediction): \(svg.prefix(600))")
            if shown != "fitted values" {
                XCTAssertTrue(potential.notes.contains { $0.english.hasPrefix("Prediction: \(shown),") }, "\(potential.notes)")
            }
            XCTAssertTrue(PotentialChart.svg(potential, language: .zh).contains("（\(model)，\(shown == "fitted values" ? "拟合值" : "预测值 " + shown)）"))
        }
    }

    func testTheDemosChosenModelGivesKThatIsNotCentredByConstruction() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("demo-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let report = try DemoWorkflow.run(outputDirectory: folder)
        XCTAssertTrue(report.summary.contains("Specification for trade potential:"), report.summary)
        let tests = try String(contentsOfFile: folder + "/06_tests.md", encoding: .utf8)
        XCTAssertTrue(tests.contains("Regression-based Hausman test (cluster-robust): not computable"), tests)
        XCTAssertTrue(tests.contains("Specification for trade potential:"), tests)
        let svg = try String(contentsOfFile: folder + "/07_potential.svg", encoding: .utf8)
        XCTAssertTrue(svg.contains("(re, prediction xb)"), "the chart names the prediction the notes state: \(svg.prefix(800))")
        XCTAssertTrue(try String(contentsOfFile: folder + "/07_potential.md", encoding: .utf8).contains("Prediction: xb"))
        for file in ["07_potential.md", "07_potential.csv"] {
            XCTAssertTrue(try String(contentsOfFile: folder + "/" + file, encoding: .utf8).contains("Specification for trade potential:"), file)
        }
        for file in ["06_tests_zh.md", "07_potential_zh.md"] {
            XCTAssertTrue(try String(contentsOfFile: folder + "/" + file, encoding: .utf8).contains("贸易潜力的模型设定："), file)
        }
        // The Chinese files hold no English word beyond the data's names and the models' identifiers.
        let names = ["KAZ", "KGZ", "RUS", "TJK", "TKM", "UZB", "partner", "(Intercept)", "ols", "fe", "re", "sfa-bc92", "σ_u", "σ_e", "--prediction", "--smearing"]
            + DemoWorkflow.gravityFormula.components(separatedBy: CharacterSet(charactersIn: "~+ ")).filter { !$0.isEmpty }
            + ["ecommerce_trade", "gdp_pc", "population", "cpi", "dist_oil"]
        for file in ["04_descriptive_statistics_zh.md", "05_models_zh.md", "06_tests_zh.md", "07_potential_zh.md", "08_frontier_potential_zh.md"] {
            let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
            XCTAssertEqual(ChineseOutputCheck.englishWords(in: text, names: names), [], "\(file):\n\(text)")
        }
        let csv = try String(contentsOfFile: folder + "/07_potential.csv", encoding: .utf8).split(separator: "\n").filter { !$0.hasPrefix("#") }
        var logs: [String: [Double]] = [:]
        for line in csv.dropFirst() {
            let cells = line.split(separator: ",")
            logs[String(cells[0]), default: []].append(Foundation.log(Double(cells[4])!))
        }
        let means = logs.mapValues { Foundation.exp($0.reduce(0, +) / Double($0.count)) }
        XCTAssertEqual(means.count, 6)
        XCTAssertGreaterThan(means.values.map { abs(Foundation.log($0)) }.max()!, 0.1, "geometric means of K by partner: \(means)")
    }
}
