import Foundation
import GravityCore

/// The study workflow on the bundled simulated China-Central Asia panel, step by step (tutorial 2,
/// and what `gravity demo` runs): fill gaps, build the development index, fit pooled OLS, fixed
/// and random effects and a frontier model, test, choose, compute and classify trade potential,
/// and write tables (Markdown, LaTeX) and charts (SVG) into one folder.
public enum DemoWorkflow {
    /// What the workflow produced.
    public struct Report: Sendable {
        /// The folder written to.
        public let directory: String
        /// The files written, relative to `directory`, in the order written.
        public let files: [String]
        /// A text summary for the terminal.
        public let summary: String
    }

    /// The panel's unit and time columns.
    public static let panel = PanelSpecification(unit: "partner", time: "year")

    /// The extended gravity formula with the composite e-commerce development index.
    public static let gravityFormula =
        "log(ecommerce_trade) ~ log(gdp_pc) + log(population) + internet_use + log(cpi) + openness + log(dist_oil) + ecommerce_index"

    /// Runs the workflow and writes its files into `outputDirectory`.
    public static func run(outputDirectory: String) throws -> Report {
        var output = try ReportFolder(outputDirectory)
        var summary = "GravityKit demo: the study workflow on the simulated China-Central Asia e-commerce panel\n"
        summary += "(6 partners x 2013-2020; SIMULATED data, see Examples/Data/README.md)\n\n"

        // Step 1: the raw panel, with a few indicator cells missing as in real sources.
        let raw = StudyPanelSimulation.dataset()
        try output.write("01_panel_raw.csv", CSVWriter.string(raw))

        // Step 2: fill the gaps by linear interpolation within each country (extrapolating at the ends).
        let filled = try GapFilling.fill(raw, panel: panel, variables: StudyPanelSimulation.indicatorNames, extrapolate: true)
        try output.write("02_gap_filling.txt", GapFillReport.render(filled, panel: panel))
        try output.write("02_gap_filling_zh.txt", GapFillReport.render(filled, panel: panel, language: .zh))
        summary += "Step 2: \(filled.filled.count) missing indicator cells filled by interpolation within each country.\n"

        // Step 3: the composite development index by principal components (KMO and Bartlett first).
        let index = try PCAIndexBuilder().build(filled.dataset, variables: StudyPanelSimulation.indicatorNames, panel: panel)
        try output.write("03_index.md", IndexReport.render(index, format: .markdown))
        try output.write("03_index_zh.md", IndexReport.render(index, format: .markdown, language: .zh))
        try output.write("03_scree.svg", ScreePlot(eigenvalues: index.diagnostics.eigen.values,
                                                    title: "Scree plot of the 11 e-commerce indicators").svg())
        try output.write("03_scree_zh.svg", ScreePlot(eigenvalues: index.diagnostics.eigen.values, title: "11个电子商务指标的碎石图",
                                                       xLabel: "主成分", yLabel: "特征值", kaiserLabel: "Kaiser 准则（特征值 = 1）").svg())
        let data = try index.appended(to: filled.dataset, as: "ecommerce_index").dataset
        try output.write("03_panel_with_index.csv", CSVWriter.string(data))
        summary += indexSummary(index)

        // Step 4: descriptive statistics of the model's variables.
        let described = try DescriptiveStatistics.summarize(data, expressions: [
            "ecommerce_trade", "log(ecommerce_trade)", "gdp_pc", "population", "internet_use", "cpi", "openness", "dist_oil", "ecommerce_index",
        ])
        try output.write("04_descriptive_statistics.md", DescribeReport.render(described, format: .markdown))
        try output.write("04_descriptive_statistics_zh.md", DescribeReport.render(described, format: .markdown, language: .zh))

        // Step 5: pooled OLS, fixed effects, random effects and a Battese-Coelli (1992) frontier, side by side.
        let registry = EstimatorRegistry.standard()
        let formula = try Formula(gravityFormula)
        let request = FitRequest(formula: formula, panel: panel)
        // With 6 partners and 8 coefficients the Swamy-Arora between regression is not identified,
        // so random effects take Amemiya's variance components (from the within residuals).
        let randomEffects = FitRequest(formula: formula, panel: panel, options: ["method": "amemiya"])
        let linear = try ["ols", "fe", "re"].map { name in
            try registry.estimator(named: name).fit(data, request: name == "re" ? randomEffects : request)
        }
        var frontier: EstimationResult?
        do {
            frontier = try registry.estimator(named: "sfa-bc92").fit(data, request: request)
        } catch {
            summary += "The frontier model was not estimated: \(error)\n"
        }
        let models = linear + (frontier.map { [$0] } ?? [])
        let table = RegressionTable(models: models)
        let chineseTable = RegressionTable(models: models, options: .init(language: .zh))
        try output.write("05_models.md", table.render(.markdown))
        try output.write("05_models.tex", table.render(.latex))
        try output.write("05_models_zh.md", chineseTable.render(.markdown))
        try output.write("05_models_zh.tex", chineseTable.render(.latex))
        try output.write("05_coefficients.svg", CoefficientPlot(results: models, title: "Gravity model coefficients with 95% intervals").svg())
        try output.write("05_coefficients_zh.svg", CoefficientPlot(results: models, title: "引力模型系数及95%置信区间", language: .zh).svg())
        // On one axis: b × sd(x), the change in log trade for a one-sd increase of each regressor.
        try output.write("05_coefficients_standardised.svg",
                         try CoefficientPlot(standardising: models, in: data, title: "Standardised gravity coefficients with 95% intervals").svg())
        try output.write("05_coefficients_standardised_zh.svg",
                         try CoefficientPlot(standardising: models, in: data, title: "标准化引力模型系数及95%置信区间", language: .zh).svg())

        // Step 6: the tests that choose among the panel models, and the choice.
        let tests = try PanelTests.run([.f, .bp, .hausman, .robustHausman], data: data, request: randomEffects)
        let choice = SpecificationChoice(tests: tests, unit: panel.unit)
        for language in RegressionTableOptions.Language.allCases {
            let lines = tests.map { "- " + TestDescription.lineWithVerdict($0, language: language) }
            try output.write(language == .zh ? "06_tests_zh.md" : "06_tests.md",
                             lines.joined(separator: "\n") + "\n\n" + choice.statement.text(in: language) + "\n")
        }
        let chosenResult = linear[["ols", "fe", "re"].firstIndex(of: choice.model)!]
        summary += "\n" + table.render(.text) + "\nSpecification tests:\n" + tests.map { "  " + ResultText.describe($0) }.joined(separator: "\n")
        summary += "\n\nChosen model for trade potential: \(choice.model). " + choice.statement.english + "\n"

        // Step 7: trade potential K = actual / predicted, classified, with the transitions between classes.
        let classification = try PotentialClassification()
        var potential = try TradePotential(result: chosenResult, dataset: data, panel: panel, classification: classification, prediction: choice.prediction)
        potential.notes.insert(choice.statement, at: 0)
        try output.write("07_potential.md", PotentialReport.render(potential, format: .markdown))
        try output.write("07_potential.csv", "# " + choice.statement.english + "\n" + PotentialReport.render(potential, format: .csv))
        try output.write("07_potential.svg", PotentialChart.svg(potential))
        try output.write("07_potential_zh.md", PotentialReport.render(potential, format: .markdown, language: .zh))
        try output.write("07_potential_zh.svg", PotentialChart.svg(potential, language: .zh))
        summary += "\n" + PotentialReport.render(potential, format: .text)

        // Step 8: the frontier as the potential: K is the technical efficiency.
        if let frontier {
            let efficiency = try TradePotential(result: frontier, dataset: data, panel: panel, classification: classification)
            try output.write("08_frontier_potential.md", PotentialReport.render(efficiency, format: .markdown))
            try output.write("08_frontier_potential.svg", PotentialChart.svg(efficiency))
            try output.write("08_frontier_potential_zh.md", PotentialReport.render(efficiency, format: .markdown, language: .zh))
            try output.write("08_frontier_potential_zh.svg", PotentialChart.svg(efficiency, language: .zh))
            if let histogram = HistogramChart(efficiencyOf: frontier) { try output.write("08_efficiency.svg", histogram.svg()) }
            if let histogram = HistogramChart(efficiencyOf: frontier, language: .zh) { try output.write("08_efficiency_zh.svg", histogram.svg()) }
            summary += "\nFrontier model (sfa-bc92): mean efficiency \(String(format: "%.3f", efficiency.rows.map(\.k).reduce(0, +) / Double(efficiency.rows.count)))\n"
        }
        return Report(directory: outputDirectory, files: output.files, summary: summary)
    }

    private static func indexSummary(_ index: CompositeIndexResult) -> String {
        var text = "Step 3: development index by principal components"
        if let kmo = index.diagnostics.kmo { text += String(format: ", KMO = %.3f", kmo.overall) }
        if let bartlett = index.diagnostics.bartlett { text += String(format: ", Bartlett chi2 = %.1f (p = %.2g)", bartlett.statistic, bartlett.pValue) }
        text += "; weights " + index.weights.map { String(format: "%@ %.3f", $0.label, $0.value) }.joined(separator: ", ") + ".\n"
        return text
    }
}

/// A folder that records the files written into it.
struct ReportFolder {
    let path: String
    private(set) var files: [String] = []

    init(_ path: String) throws {
        try OutputFile.createFolder(path)
        self.path = path
    }

    mutating func write(_ name: String, _ text: String) throws {
        try OutputFile.write(text, to: (path as NSString).appendingPathComponent(name))
        files.append(name)
    }
}
