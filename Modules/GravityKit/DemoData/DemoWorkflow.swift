import Foundation

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
        summary += "Step 2: \(filled.filled.count) missing indicator cells filled by interpolation within each country.\n"

        // Step 3: the composite development index by principal components (KMO and Bartlett first).
        let index = try PCAIndexBuilder().build(filled.dataset, variables: StudyPanelSimulation.indicatorNames, panel: panel)
        try output.write("03_index.md", IndexReport.render(index, format: .markdown))
        try output.write("03_scree.svg", ScreePlot(eigenvalues: index.diagnostics.eigen.values,
                                                    title: "Scree plot of the 11 e-commerce indicators").svg())
        let data = try index.appended(to: filled.dataset, as: "ecommerce_index").dataset
        try output.write("03_panel_with_index.csv", CSVWriter.string(data))
        summary += indexSummary(index)

        // Step 4: descriptive statistics of the model's variables.
        let described = try DescriptiveStatistics.summarize(data, expressions: [
            "ecommerce_trade", "log(ecommerce_trade)", "gdp_pc", "population", "internet_use", "cpi", "openness", "dist_oil", "ecommerce_index",
        ])
        try output.write("04_descriptive_statistics.md", DescribeReport.render(described, format: .markdown))

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
        try output.write("05_models.md", table.render(.markdown))
        try output.write("05_models.tex", table.render(.latex))
        try output.write("05_coefficients.svg", CoefficientPlot(results: models, title: "Gravity model coefficients with 95% intervals").svg())

        // Step 6: the tests that choose among the panel models, and the choice.
        let tests = try PanelTests.run([.f, .bp, .hausman, .robustHausman], data: data, request: randomEffects)
        let choice = SpecificationChoice(tests: tests, unit: panel.unit)
        try output.write("06_tests.md", tests.map { "- " + ResultText.describe($0) }.joined(separator: "\n") + "\n\n" + choice.statement + "\n")
        let chosenResult = linear[["ols", "fe", "re"].firstIndex(of: choice.model)!]
        summary += "\n" + table.render(.text) + "\nSpecification tests:\n" + tests.map { "  " + ResultText.describe($0) }.joined(separator: "\n")
        summary += "\n\nChosen model for trade potential: \(choice.model). " + choice.statement + "\n"

        // Step 7: trade potential K = actual / predicted, classified, with the transitions between classes.
        let classification = try PotentialClassification()
        var potential = try TradePotential(result: chosenResult, dataset: data, panel: panel, classification: classification, prediction: choice.prediction)
        potential.notes.insert(choice.statement, at: 0)
        try output.write("07_potential.md", PotentialReport.render(potential, format: .markdown))
        try output.write("07_potential.csv", "# " + choice.statement + "\n" + PotentialReport.render(potential, format: .csv))
        try output.write("07_potential_zh.md", PotentialReport.render(try potential.relabelled(PotentialClassification.chineseLabels), format: .markdown))
        try output.write("07_potential.svg", PotentialChart.svg(potential, title: "Trade potential K (\(choice.model), prediction \(choice.prediction == .xb ? "xb" : "fitted"))"))
        summary += "\n" + PotentialReport.render(potential, format: .text)

        // Step 8: the frontier as the potential: K is the technical efficiency.
        if let frontier {
            let efficiency = try TradePotential(result: frontier, dataset: data, panel: panel, classification: classification)
            try output.write("08_frontier_potential.md", PotentialReport.render(efficiency, format: .markdown))
            try output.write("08_frontier_potential.svg", PotentialChart.svg(efficiency, title: "Efficiency = actual / frontier (sfa-bc92)"))
            if let histogram = HistogramChart(efficiencyOf: frontier) { try output.write("08_efficiency.svg", histogram.svg()) }
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
