import ArgumentParser
import GravityKit

/// `--where`, the row selection shared by every command that reads a dataset.
struct RowSelectionOptions: ParsableArguments {
    @Option(name: .customLong("where"),
            help: "Keep only the rows where this R condition holds, e.g. \"exporter != importer & year %in% c(1986, 1990)\".")
    var condition: String?

    /// The rows of `dataset` the condition keeps (ascending) and the note that counts them;
    /// nil without `--where`. A condition that keeps no row is an error.
    func keptRows(of dataset: Dataset) throws -> (rows: [Int], note: String)? {
        guard let condition else { return nil }
        let rows = try RowCondition(condition).selectedRows(in: dataset)
        guard !rows.isEmpty else {
            throw GravityError.invalidInput("--where `\(condition)` keeps none of the \(grouped(dataset.rowCount)) rows.")
        }
        return (rows, "--where kept \(grouped(rows.count)) of \(grouped(dataset.rowCount)) rows: \(condition)")
    }

    /// The rows of `dataset` the condition keeps, as a dataset, and the note that counts them;
    /// the dataset itself and no note without `--where`.
    func apply(to dataset: Dataset) throws -> (dataset: Dataset, note: String?) {
        guard let selection = try keptRows(of: dataset) else { return (dataset, nil) }
        return (dataset.selecting(rows: selection.rows), selection.note)
    }

    /// A count with thousands separators: 25,689.
    private func grouped(_ count: Int) -> String {
        var digits = String(count)
        var position = digits.count - 3
        while position > 0 {
            digits.insert(",", at: digits.index(digits.startIndex, offsetBy: position))
            position -= 3
        }
        return digits
    }
}
