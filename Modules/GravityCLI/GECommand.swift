import ArgumentParser
import Foundation
import GravityKit

extension GEMethod: ExpressibleByArgument {}
extension EndowmentScope: ExpressibleByArgument {}
extension GEReportFormat: ExpressibleByArgument {}

/// `gravity ge`: general-equilibrium counterfactuals of structural gravity.
struct GECommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ge",
        abstract: "General-equilibrium counterfactual: change trade costs, get every country's trade, resistances, prices and real GDP.",
        discussion: """
            Costs are estimated (--formula with the cost terms and --scenario column=expression, e.g. INTL_BRDR=0:
            a PPML of trade on the terms with exporter and importer fixed effects) or given (--costs and
            --counterfactual-costs, columns of t^(1-sigma)). --method geppml (default) iterates PPMLs as the
            book does; --method solver solves the equilibrium directly. --stop book reproduces the book's
            loose stopping rule; by default the loop runs to a tolerance of 1e-12. --sector <col> solves
            multi-sector structural gravity (Anderson and Yotov 2016): per sector its own costs, sigma and
            exporter and importer effects, sector-specific endowments (factory-gate prices per country and
            sector), income the sum of sectoral outputs, expenditure shares on sectors fixed (Cobb-Douglas);
            the full endowment is solved jointly over sectors.
            """)

    @Argument(help: "The data file (.csv, .tsv, .dta): one row per exporter-importer pair, domestic flows included.")
    var data: String

    @Option(help: "The exporter column.") var exporter: String
    @Option(help: "The importer column.") var importer: String
    @Option(help: "The trade-flow column (levels, zeros kept).") var trade: String

    @Option(help: "Keep only the rows of this year (with --year-column).") var year: Double?
    @Option(help: "The column holding the year.") var yearColumn: String = "year"
    @OptionGroup var rows: RowSelectionOptions

    @Option(help: "The cost terms, as the right-hand side of a formula: \"log(DIST) + CNTG + INTL_BRDR\".") var formula: String?
    @Option(help: "A counterfactual change column=expression (repeatable): INTL_BRDR=0, RTA=RTA_NEW.") var scenario: [String] = []
    @Option(help: "A column of baseline costs t^(1-sigma) (instead of --formula).") var costs: String?
    @Option(help: "A column of counterfactual costs t^(1-sigma) (with --costs).") var counterfactualCosts: String?

    @Option(help: "The sector column: one equilibrium per sector, solved jointly (multi-sector structural gravity).") var sector: String?
    @Option(help: "The elasticity of substitution (> 1); with --sector, of every sector not given by --sector-sigma.") var sigma: Double = 7
    @Option(help: "A sector's own elasticity as sector=value (repeatable, with --sector), e.g. Agriculture=5.") var sectorSigma: [String] = []
    @Option(help: "The reference country (its inward resistance is the numeraire); default: the last in sorted order.") var reference: String?
    @Option(help: "geppml (iterated PPML, default) or solver (the equilibrium solved directly).") var method: GEMethod = .geppml
    @Option(help: "book (the book's rule: sd and max of successive price changes <= 0.01) or converged.") var stop: String = "converged"
    @Option(help: "Tolerance of the converged loop (largest step price change) and of the solver.") var tolerance: Double = 1e-12
    @Option(help: "Iteration limit of the full-endowment loop or solver.") var maxIterations: Int = 1000
    @Option(help: "conditional, full or both.") var endowment: EndowmentScope = .both
    @Option(name: .customLong("option"), help: "An option of the baseline ppml as key=value (repeatable), e.g. tolerance=1e-12.") var options: [String] = []
    @Option(help: "Standard errors of the baseline PPML (drive --bootstrap): robust, cluster:<col>, ...") var vcov: String = "robust"

    @Option(help: "Redraw the cost coefficients this many times and report percentile intervals.") var bootstrap: Int?
    @Option(help: "Seed of the bootstrap draws.") var seed: UInt64 = 1

    @Option(help: "Output format: text, json, markdown, csv, latex or docx (Word; needs --output).") var format: GEReportFormat = .text
    @Flag(help: "Add every pair's flow changes to the JSON (`bilateral`).") var bilateral = false
    @Option(help: "Language of the table and chart labels: en or zh.") var lang: String = "en"
    @Option(help: "Write the output to this file instead of standard output.") var output: String?
    @Option(help: "Write the welfare and exports chart to this SVG file.") var chart: String?

    func run() throws {
        var dataset = try loadDataset(data)
        if let year {
            let years = try dataset.numeric(yearColumn)
            dataset = dataset.filter { years[$0] == year }
            guard dataset.rowCount > 0 else { throw ValidationError("No row has \(yearColumn) = \(NumberFormatting.exact(year)).") }
        }
        let selection = try rows.apply(to: dataset)
        dataset = selection.dataset
        let source: CostSource
        switch (formula, costs, counterfactualCosts) {
        case (let terms?, nil, nil): source = .estimated(terms: terms, scenario: try scenario.map(ScenarioChange.init(parsing:)))
        case (nil, let baseline?, let counterfactual?):
            guard scenario.isEmpty else { throw ValidationError("--scenario changes estimated costs; with --costs the counterfactual is --counterfactual-costs.") }
            source = .given(baseline: baseline, counterfactual: counterfactual)
        default:
            throw ValidationError("Give either --formula with --scenario (costs estimated by PPML) or both --costs and --counterfactual-costs.")
        }
        var specification = GEDataSpecification(exporter: exporter, importer: importer, trade: trade, costs: source)
        specification.sigma = sigma
        specification.sector = sector
        for pair in sectorSigma {
            let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[0].isEmpty, let value = Double(parts[1]) else {
                throw ValidationError("--sector-sigma is written sector=value (for example Agriculture=5), not `\(pair)`.")
            }
            specification.sectorSigmas[parts[0]] = value
        }
        specification.reference = reference
        specification.covariance = try CovarianceSpecification(parsing: vcov)
        specification.estimatorOptions = try EstimatorOptions.parsePairs(options)
        var settings = GESettings()
        settings.method = method
        settings.endowment = endowment
        settings.maxIterations = maxIterations
        settings.solverTolerance = tolerance
        switch stop.lowercased() {
        case "book": settings.stop = .book
        case "converged": settings.stop = .converged(tolerance: tolerance)
        default: throw ValidationError("--stop takes book or converged, not `\(stop)`.")
        }
        guard lang == "en" || lang == "zh" else { throw ValidationError("--lang takes en or zh, not `\(lang)`.") }
        var analysis = try GEAnalysis(dataset, specification: specification, settings: settings, registry: EstimatorRegistry.standard(),
                                      bootstrap: bootstrap, seed: seed)
        if let note = selection.note { analysis.outcome.notes.insert(note, at: 0) }
        for note in analysis.outcome.notes where note.english.hasPrefix("Warning") { printToStandardError(note.text(in: lang == "zh" ? .zh : .en)) }
        if format == .docx {
            guard let output else { throw ValidationError("--format docx writes a binary file: give it with --output (e.g. --output welfare.docx).") }
            try OutputFile.write([UInt8](GEReport.docx(analysis, chinese: lang == "zh")), to: output)
        } else {
            try writeOutput(GEReport.render(analysis, format: format, chinese: lang == "zh", bilateral: bilateral), to: output)
        }
        if let chart { try writeOutput(GEChart.svg(analysis, chinese: lang == "zh"), to: chart) }
    }
}
