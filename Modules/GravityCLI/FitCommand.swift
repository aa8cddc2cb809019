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

    @Option(help: "Write per data row the fitted value, residual and each fixed effect to this CSV file (rows not used: empty, with the reason).")
    var predictions: String?

    func run() throws {
        let estimator = try specification.estimator()
        var request = try specification.request()
        var all = try loadDataset(data)
        request.formula = try request.formula.computingGroupStatistics(in: &all)
        let selection = try rows.keptRows(of: all)
        let fileRowCount = all.rowCount
        // The estimator gets the only reference to the data, so it can free it once its model frame is built.
        let dataset = selection.map { all.selecting(rows: $0.rows) } ?? all
        _ = consume all
        var result = try estimator.fit(consume dataset, request: request)
        if let note = selection?.note { result.bilingualNotes.insert(note, at: 0) }
        if let predictions { try CSVWriter.write(try PredictionTable.dataset(result, selectedRows: selection?.rows, fileRowCount: fileRowCount), to: predictions) }
        try output.emit(ResultReport.render(result, format: output.format, summary: estimator.descriptor.summary, language: output.lang))
    }
}
