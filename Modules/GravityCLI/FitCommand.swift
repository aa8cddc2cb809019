import ArgumentParser
import GravityKit

/// `gravity fit`: one model on one dataset.
struct FitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "fit", abstract: "Fit one registered model and report it.")

    @Argument(help: "The data file (.csv, .tsv, .dta).")
    var data: String

    @OptionGroup var specification: ModelOptions

    @OptionGroup var rows: RowSelectionOptions

    @OptionGroup var output: OutputOptions

    func run() throws {
        let estimator = try specification.estimator()
        let request = try specification.request()
        let (dataset, selectionNote) = try rows.apply(to: try loadDataset(data))
        var result = try estimator.fit(dataset, request: request)
        if let selectionNote { result.notes.insert(selectionNote, at: 0) }
        try output.emit(ResultReport.render(result, format: output.format, summary: estimator.descriptor.summary))
    }
}
