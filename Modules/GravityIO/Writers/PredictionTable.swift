import GravityCore

/// The per-row predictions of a fit as a dataset for `gravity fit --predictions`: the data row
/// (1-based, in the file read), the fitted value, the residual, each absorbed dimension's effect
/// (`fe_<dimension>`), and `status`: `used`, or why the row was not (its cells then empty).
public enum PredictionTable {
    /// The reason given for rows the model did not use.
    public static let unusedReason = "not used: missing or undefined value, singleton or missing weight (see the notes)"

    /// The table; `fileRows[i]` is the 0-based row in the file of the i-th row the model was
    /// given (nil when it was given every row of the file).
    public static func dataset(_ result: EstimationResult, fileRows: [Int]? = nil) throws -> Dataset {
        let count = result.fitted.count
        var columns: [(name: String, column: Column)] = [
            ("row", .numeric((0..<count).map { Double((fileRows?[$0] ?? $0) + 1) })),
            ("fitted", .numeric(result.fitted.map { $0 ?? .nan })),
            ("residual", .numeric(result.residuals.map { $0 ?? .nan })),
        ]
        for (summary, values) in zip(result.fixedEffects, result.fixedEffectValues) {
            columns.append(("fe_" + summary.name, .numeric(values.map { $0 ?? .nan })))
        }
        columns.append(("status", .text(result.fitted.map { $0 == nil ? unusedReason : "used" })))
        return try Dataset(columns)
    }
}
