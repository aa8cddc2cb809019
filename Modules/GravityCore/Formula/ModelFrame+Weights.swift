extension ModelFrame {
    /// The frame with observation weights from column `column`, whose values for every row of the
    /// dataset the frame was built from are `values` (read them before handing the dataset to the
    /// frame): rows with a missing weight are dropped and counted in the notes; a negative or
    /// zero weight is an error naming the row.
    public func weighted(by column: String, values: [Double]) throws -> (frame: ModelFrame, weights: [Double]) {
        precondition(values.count == inputRowCount, "One weight per row of the dataset")
        var weights = rowIndices.isEveryRow ? values : rowIndices.map { values[$0] }
        if let bad = weights.indices.first(where: { weights[$0].isFinite && weights[$0] <= 0 }) {
            throw GravityError.invalidInput("Weights must be positive: `\(column)` is \(weights[bad]) in data row \(rowIndices[bad] + 1).")
        }
        let kept = weights.map(\.isFinite)
        guard kept.contains(false) else { return (self, weights) }
        var frame = keepingRows(kept) { _ in "missing weight in \(column)" }
        weights = weights.filter(\.isFinite)
        guard !weights.isEmpty else { throw GravityError.invalidInput("Every weight in `\(column)` is missing.") }
        let dropped = kept.filter { !$0 }.count
        frame.bilingualNotes.append(BilingualText("\(dropped) row(s) dropped for a missing weight (`\(column)`).",
                                                  chinese: "因权重（`\(column)`）缺失删除 \(dropped) 行。"))
        return (frame, weights)
    }
}
