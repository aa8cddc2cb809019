import ArgumentParser
import GravityKit

extension CoefficientScale: ExpressibleByArgument {}

/// `gravity compare`: several specifications side by side in one publication table (each with its
/// own model, formula and sample), and the specification tests that choose among panel models.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Several specifications side by side in one table (text, Markdown, LaTeX, HTML, Word, CSV, JSON), with the tests that choose among them.")

    @Argument(help: "The data file (.csv, .tsv, .dta).")
    var data: String

    @Option(name: .customLong("spec"), help: "A column as \"LABEL = MODEL : FORMULA\" (repeatable; each fitted on its own sample).")
    var specs: [String] = []

    @Option(help: "Comma-separated registered models fitted with --formula, e.g. ols,fe,re (when no --spec is given).")
    var models: String = "ols,fe,re"

    @Option(help: "The formula of --models and of the specification tests, e.g. \"log(trade) ~ log(gdp_o) + log(dist)\".")
    var formula: String?

    @OptionGroup var panel: PanelOptions

    @OptionGroup var rows: RowSelectionOptions

    @Option(help: "Standard errors for every model: classical or cluster:<col> (hc0-hc3 for cross-section models only).")
    var vcov: String = "classical"

    @Option(name: .customLong("option"), help: "An estimator option as key=value, given to each model that takes it (repeatable).")
    var options: [String] = []

    @Option(help: "Comma-separated tests: f, bp, honda, hausman, robust-hausman (computed with classical fits on --formula; robust-hausman cluster-robust by unit).")
    var tests: String?

    @Option(parsing: .unconditional, help: "Confidence level of the intervals.")
    var level: Double = 0.95

    @OptionGroup var output: TableOptions

    @Option(help: "Write the coefficient chart (SVG) of the compared models to this file.")
    var chart: String?

    @Option(name: .customLong("chart-scale"),
            help: "raw (estimates, one panel per group of comparable terms) or standardised (b × sd(x) over each model's sample, as Stata's listcoef bStdX: every regressor on one axis).")
    var chartScale: CoefficientScale = .raw

    func run() throws {
        let specifications = try columns()
        let registry = EstimatorRegistry.standard()
        let estimators = try specifications.map { try registry.estimator(named: $0.model) }
        let given = try EstimatorOptions.parsePairs(options)
        for key in given.keys.sorted() where !estimators.contains(where: { takes($0, key) }) {
            throw GravityError.invalidOption("No model compared takes the option `\(key)`.")
        }
        let panelSpecification = try panel.specification()
        let kinds = try tests.map(PanelTestKind.parseList) ?? []
        if !kinds.isEmpty && panelSpecification == nil {
            throw GravityError.invalidInput("The specification tests need a panel: give the unit and time columns (--id and --time).")
        }
        let covariance = try CovarianceSpecification(parsing: vcov)
        var loaded = try loadDataset(data)
        let formulas = try specifications.map { try Formula($0.formula).computingGroupStatistics(in: &loaded) }
        let (dataset, selectionNote) = try rows.apply(to: loaded)
        let results = try zip(specifications, zip(estimators, formulas)).map { specification, estimatorAndFormula in
            let (estimator, formula) = estimatorAndFormula
            let own = given.filter { key, _ in takes(estimator, key) }
            let request = FitRequest(formula: formula, panel: panelSpecification, covariance: covariance,
                                     options: own, confidenceLevel: level)
            do {
                var result = try estimator.fit(dataset, request: request)
                if let selectionNote { result.bilingualNotes.insert(selectionNote, at: 0) }
                return result
            } catch {
                throw GravityError.invalidInput("Specification `\(specification.label ?? specification.model)` (\(specification.model) : \(specification.formula)): \(error)")
            }
        }
        var tableOptions = try output.tableOptions()
        if let selectionNote { tableOptions.notes.append(selectionNote.text(in: output.lang)) }
        try checkNamedTerms(tableOptions, results: results)
        var testResults: [TestResult] = []
        if !kinds.isEmpty {
            guard let testFormula = formula ?? sharedFormula(specifications) else {
                throw GravityError.invalidInput("The specification tests compare models of one formula: give it with --formula.")
            }
            testResults = try PanelTests.run(kinds, data: dataset, request: FitRequest(formula: try Formula(testFormula), panel: panelSpecification, options: given))
        }
        let table = RegressionTable(models: results, labels: specifications.map(\.label),
                                    tests: testResults, options: tableOptions)
        try output.write(table)
        if let chart { try writeChart(results, labels: specifications.map(\.label), data: dataset, to: chart) }
    }

    /// Writes the coefficient chart on the chosen scale, in the table's language.
    private func writeChart(_ results: [EstimationResult], labels: [String?], data: Dataset, to path: String) throws {
        let zh = output.lang == .zh
        let plot = chartScale == .raw
            ? CoefficientPlot(results: results, labels: labels, title: zh ? "系数估计值" : "Coefficients", language: output.lang)
            : try CoefficientPlot(standardising: results, in: data, labels: labels, title: zh ? "标准化系数" : "Standardised coefficients", language: output.lang)
        try OutputFile.write(plot.svg(), to: path)
    }

    /// The columns: the --spec options, else each of --models with --formula.
    private func columns() throws -> [ComparisonSpecification] {
        if !specs.isEmpty { return try specs.map(ComparisonSpecification.init(parsing:)) }
        guard let formula else { throw ValidationError("Give the columns with --spec \"LABEL = MODEL : FORMULA\", or --models with --formula.") }
        let names = splitList(models)
        guard !names.isEmpty else { throw ValidationError("Give at least one model with --models.") }
        return names.map { ComparisonSpecification(label: nil, model: $0, formula: formula) }
    }

    /// Refuses a --rename, --keep or --drop that names a term no model has (a typo would otherwise
    /// silently change nothing).
    private func checkNamedTerms(_ options: RegressionTableOptions, results: [EstimationResult]) throws {
        let known = Set(results.flatMap(\.terms))
        let named = [("--rename", Array(options.renames.keys).sorted()), ("--keep", options.keep ?? []), ("--drop", options.drop)]
        for (flag, terms) in named {
            if let unknown = terms.first(where: { !known.contains($0) }) {
                throw ValidationError("\(flag) names `\(unknown)`, which no model has. The terms are: " + known.sorted().joined(separator: ", ") + ".")
            }
        }
    }

    /// The formula every specification shares, if they share one.
    private func sharedFormula(_ specifications: [ComparisonSpecification]) -> String? {
        Set(specifications.map(\.formula)).count == 1 ? specifications.first?.formula : nil
    }

    /// Whether `estimator` declares the option `key`.
    private func takes(_ estimator: any Estimator, _ key: String) -> Bool {
        estimator.descriptor.options.contains { $0.name == key }
    }
}
