import ArgumentParser
import GravityKit

/// `--where`, the row selection shared by every command that reads a dataset.
struct RowSelectionOptions: ParsableArguments {
    @Option(name: .customLong("where"),
            help: "Keep only the rows where this R condition holds, e.g. \"exporter != importer & year %in% c(1986, 1990)\".")
    var condition: String?

    /// The rows of `dataset` the condition keeps (ascending) and the note that counts them, in
    /// both report languages; nil without `--where`. A condition that keeps no row is an error.
    func keptRows(of dataset: Dataset) throws -> (rows: [Int], note: BilingualText)? {
        guard let condition else { return nil }
        let rows = try RowCondition(condition).selectedRows(in: dataset)
        let total = NumberFormatting.grouped(dataset.rowCount)
        guard !rows.isEmpty else {
            throw GravityError.invalidInput("--where `\(condition)` keeps none of the \(total) rows.")
        }
        let kept = NumberFormatting.grouped(rows.count)
        return (rows, BilingualText("--where kept \(kept) of \(total) rows: \(condition)",
                                    chinese: "样本：满足 \(condition) 的 \(kept) 行（共 \(total) 行）。"))
    }

    /// The rows of `dataset` the condition keeps, as a dataset, and the note that counts them;
    /// the dataset itself and no note without `--where`.
    func apply(to dataset: Dataset) throws -> (dataset: Dataset, note: BilingualText?) {
        guard let selection = try keptRows(of: dataset) else { return (dataset, nil) }
        return (dataset.selecting(rows: selection.rows), selection.note)
    }
}
