import Foundation

/// The demo job: describe the simulated study panel, fit the log-linear gravity model, and write
/// the data and reports into one folder.
public enum DemoWorkflow {
    /// What the demo produced.
    public struct Report: Sendable {
        /// The folder written to.
        public let directory: String
        /// The files written, relative to `directory`.
        public let files: [String]
        /// A short text summary for the terminal.
        public let summary: String
    }

    /// The variables described in the demo, as expressions.
    static let describedVariables = ["ecommerce_trade", "log(ecommerce_trade)", "gdp_pc", "population", "internet_use", "cpi",
                                     "openness", "dist_oil", "dev_level"]

    /// Runs the demo and writes its files into `outputDirectory`.
    public static func run(outputDirectory: String) throws -> Report {
        try FileManager.default.createDirectory(atPath: outputDirectory, withIntermediateDirectories: true)
        let dataset = StudyPanelSimulation.dataset()
        var files: [String] = []
        func write(_ name: String, _ text: String) throws {
            try text.write(toFile: (outputDirectory as NSString).appendingPathComponent(name), atomically: true, encoding: .utf8)
            files.append(name)
        }
        try write("china_central_asia_panel.csv", CSVWriter.string(dataset))
        let summaries = try DescriptiveStatistics.summarize(dataset, expressions: describedVariables)
        try write("descriptive_statistics.md", DescribeReport.render(summaries, format: .markdown))

        let registry = EstimatorRegistry.standard()
        let request = FitRequest(formula: try Formula(StudyPanelSimulation.formulaWithLatentLevel),
                                 panel: PanelSpecification(unit: "partner", time: "year"),
                                 covariance: .heteroskedastic(.hc1))
        let ols = try registry.estimator(named: "ols")
        let result = try ols.fit(dataset, request: request)
        try write("ols_gravity.txt", ResultReport.render(result, format: .text, summary: ols.descriptor.summary))
        try write("ols_gravity.md", ResultReport.render(result, format: .markdown))
        try write("ols_gravity.json", ResultReport.render(result, format: .json))

        let summary = "GravityKit demo: simulated China-Central Asia e-commerce panel (6 partners x 2013-2020; simulated data, see Examples/Data/README.md)\n\n"
            + DescribeReport.render(summaries, format: .text) + "\n"
            + ResultReport.render(result, format: .text, summary: ols.descriptor.summary)
        return Report(directory: outputDirectory, files: files, summary: summary)
    }
}
