import ArgumentParser
import GravityKit

/// `gravity compare`: several models on one dataset side by side, and the specification tests
/// that choose among them, each with what it implies at 5%.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Fit several models side by side and run the tests that choose among them (F, Breusch-Pagan, Hausman).")

    @Argument(help: "The data file (.csv, .tsv, .dta).")
    var data: String

    @Option(help: "Comma-separated registered models, e.g. ols,fe,re (see `gravity models`).")
    var models: String = "ols,fe,re"

    @Option(help: "The model formula, e.g. \"log(trade) ~ log(gdp_o) + log(gdp_d) + log(dist)\".")
    var formula: String

    @OptionGroup var panel: PanelOptions

    @OptionGroup var rows: RowSelectionOptions

    @Option(help: "Standard errors for every model: classical or cluster:<col> (hc0-hc3 for cross-section models only).")
    var vcov: String = "classical"

    @Option(name: .customLong("option"), help: "An estimator option as key=value, given to each model that takes it (repeatable).")
    var options: [String] = []

    @Option(help: "Comma-separated tests: f, bp, honda, hausman, robust-hausman (computed with classical fits; robust-hausman cluster-robust by unit).")
    var tests: String?

    @Option(help: "Confidence level of the intervals.")
    var level: Double = 0.95

    @OptionGroup var output: TableOptions

    func run() throws {
        let registry = EstimatorRegistry.standard()
        let estimators = try splitList(models).map { try registry.estimator(named: $0) }
        guard !estimators.isEmpty else { throw ValidationError("Give at least one model with --models.") }
        let given = try EstimatorOptions.parsePairs(options)
        for key in given.keys.sorted() where !estimators.contains(where: { takes($0, key) }) {
            throw GravityError.invalidOption("No model in --models takes the option `\(key)`.")
        }
        let panelSpecification = try panel.specification()
        let kinds = try tests.map(PanelTestKind.parseList) ?? []
        if !kinds.isEmpty && panelSpecification == nil {
            throw GravityError.invalidInput("The specification tests need a panel: give the unit and time columns (--id and --time).")
        }
        let parsedFormula = try Formula(formula)
        let covariance = try CovarianceSpecification(parsing: vcov)
        let (dataset, selectionNote) = try rows.apply(to: try loadDataset(data))
        let results = try estimators.map { estimator in
            let own = given.filter { key, _ in takes(estimator, key) }
            let request = FitRequest(formula: parsedFormula, panel: panelSpecification, covariance: covariance, options: own, confidenceLevel: level)
            var result = try estimator.fit(dataset, request: request)
            if let selectionNote { result.notes.insert(selectionNote, at: 0) }
            return result
        }
        let testResults = try PanelTests.run(kinds, data: dataset, request: FitRequest(formula: parsedFormula, panel: panelSpecification, options: given))
        let text: String
        if output.usesPublicationTable {
            text = RegressionTable(models: results, tests: testResults, options: try output.tableOptions()).render(output.format)
        } else {
            let format: ReportFormat = output.format == .json ? .json : output.format == .markdown ? .markdown : output.format == .csv ? .csv : .text
            text = ComparisonReport.render(models: results, tests: testResults, format: format)
        }
        try writeOutput(text, to: output.output)
    }

    /// Whether `estimator` declares the option `key`.
    private func takes(_ estimator: any Estimator, _ key: String) -> Bool {
        estimator.descriptor.options.contains { $0.name == key }
    }
}
