import ArgumentParser
import GravityKit

/// `gravity fit`: one model on one dataset.
struct FitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "fit", abstract: "Fit one registered model and report it.")

    @Argument(help: "The data file (.csv, .tsv, .dta).")
    var data: String

    @OptionGroup var specification: ModelOptions

    @OptionGroup var output: OutputOptions

    func run() throws {
        let estimator = try specification.estimator()
        let request = try specification.request()
        let dataset = try loadDataset(data)
        let result = try estimator.fit(dataset, request: request)
        try output.emit(ResultReport.render(result, format: output.format, summary: estimator.descriptor.summary))
    }
}
