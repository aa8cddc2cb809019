import GravityCore

/// The per-row predictions of a fit as a dataset for `gravity fit --predictions`: the data row
/// (1-based, in the file read), the fitted value, the residual, each absorbed dimension's effect
/// (`fe_<dimension>`), and `status`: `used`, or why the row was not (its cells then empty).
public enum PredictionTable {
    /// The reason given for an unused row when the estimator recorded none.
    public static let unexplainedReason = "not used (see the notes)"
    /// The reason given for a row that `--where` removed.
    public static let excludedBySelection = "not used: excluded by --where"

    /// The table, one line per row of the file. `selectedRows` are the 0-based rows of the file
    /// the model was given (nil when it was given every row); the others are listed as excluded
    /// by `--where`. An unused row's status names the reason the model frame recorded: a missing
    /// or undefined value in a column, a singleton in a fixed effect, a missing weight, ...
    public static func dataset(_ result: EstimationResult, selectedRows: [Int]? = nil, fileRowCount: Int? = nil) throws -> Dataset {
        let given = result.fitted.count
        let reasons = result.fitted.exclusions.reasonPerRow(inputRowCount: given)
        let total = fileRowCount ?? given
        var position = [Int](repeating: -1, count: total)
        for i in 0..<given { position[selectedRows?[i] ?? i] = i }
        func column(_ values: RowAlignedValues) -> Column {
            .numeric(position.map { $0 < 0 ? .nan : values[$0] ?? .nan })
        }
        var columns: [(name: String, column: Column)] = [
            ("row", .numeric((0..<total).map { Double($0 + 1) })),
            ("fitted", column(result.fitted)),
            ("residual", column(result.residuals)),
        ]
        for (summary, values) in zip(result.fixedEffects, result.fixedEffectValues) {
            columns.append(("fe_" + summary.name, column(values)))
        }
        columns.append(("status", .text(position.map { i in
            guard i >= 0 else { return excludedBySelection }
            return result.fitted[i] == nil ? reasons[i].map { "not used: " + $0 } ?? unexplainedReason : "used"
        })))
        return try Dataset(columns)
    }
}
