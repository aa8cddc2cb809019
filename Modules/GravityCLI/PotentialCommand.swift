import ArgumentParser
import Foundation
import GravityKit

extension PotentialPrediction: ExpressibleByArgument {}
extension PotentialFormat: ExpressibleByArgument {}

/// `gravity potential`: trade potential K = actual / predicted from any registered model, classified.
struct PotentialCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "potential",
        abstract: "Trade potential K = actual / predicted trade per unit and period, with classes and transitions.")

    @Argument(help: "The data file (.csv, .tsv, .dta).")
    var data: String

    @OptionGroup var specification: ModelOptions

    @OptionGroup var rows: RowSelectionOptions

    @Option(parsing: .unconditional, help: "The two class thresholds, lower,upper: K <= lower huge potential, K >= upper reshaping needed.")
    var thresholds: String = "0.8,1.2"

    @Option(help: "Class labels: en, zh, or three labels separated by commas (default: those of --lang).")
    var labels: String = "en"

    @Option(help: "levels: K = actual / exp(fitted) for log models; log: K = log(actual) / fitted log (as some studies).")
    var ratio: String = "levels"

    @Flag(help: "Multiply exp(fitted) by Duan's smearing factor.")
    var smearing = false

    @Option(help: "The prediction K divides by: fitted (the model's; for re the linear prediction xb), xb (without unit effects: K relative to an average unit), or xbu (re: with the estimated random effect).")
    var prediction: PotentialPrediction = .fitted

    @Flag(name: .customLong("allow-centred"), help: "Compute K from a model whose unit effects absorb the unit (K centred on 1 by construction), with a warning in every output.")
    var allowCentred = false

    @Option(help: "Write the potential chart (K over time with the class bands) to this SVG file.")
    var chart: String?

    @Option(help: "Output format: text, json, markdown, csv, latex or docx (Word; needs --output).")
    var format: PotentialFormat = .text

    @OptionGroup var destination: OutputDestination

    func run() throws {
        let request = try specification.request()
        guard let panelSpecification = request.panel else {
            throw ValidationError("Trade potential is per unit and period: give --id and --time.")
        }
        guard let ratioMode = PotentialRatio(rawValue: ratio.lowercased()) else {
            throw ValidationError("--ratio takes levels or log, not `\(ratio)`.")
        }
        let classification = try PotentialClassification(thresholds: thresholds, labels: labels)
        let estimator = try specification.estimator()
        let (dataset, selectionNote) = try rows.apply(to: try loadDataset(data))
        let result = try estimator.fit(dataset, request: request)
        var potential = try TradePotential(result: result, dataset: dataset, panel: panelSpecification,
                                           classification: classification, ratio: ratioMode, smearing: smearing,
                                           prediction: prediction, allowCentred: allowCentred)
        if let selectionNote { potential.notes.insert(selectionNote, at: 0) }
        let (output, lang) = (destination.output, destination.lang)
        if let warning = potential.warning { printToStandardError(warning.text(in: lang)) }
        if let report = format.reportFormat {
            try writeOutput(PotentialReport.render(potential, format: report, language: lang), to: output)
        } else if format == .latex {
            try writeOutput(PotentialReport.latex(potential, language: lang), to: output)
        } else {
            guard let output else { throw ValidationError("--format docx writes a binary file: give it with --output (e.g. --output potential.docx).") }
            try OutputFile.write([UInt8](PotentialReport.docx(potential, language: lang)), to: output)
        }
        if let chart { try OutputFile.write(PotentialChart.svg(potential, language: lang), to: chart) }
    }
}
