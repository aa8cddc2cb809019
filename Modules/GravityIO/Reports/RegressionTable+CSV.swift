extension RegressionTable {
    /// The cells as CSV: the column numbers and labels as two header rows, one row per table row
    /// (estimates with their stars, the parenthesised numbers below them), then each note as a
    /// row of its own, padded to the width.
    func csv() -> String {
        let layout = layout()
        let words = Vocabulary(options.language)
        let blanks = Array(repeating: "", count: layout.columns.count)
        var rows = [[""] + layout.numbers, [layout.corner] + layout.columns]
        rows += layout.sections.joined().map { [$0.label] + $0.cells.map { $0.enclosedText + $0.stars } }
        rows += layout.notes.map { [words.plain($0)] + blanks }
        return rows.map { $0.map(ResultCSV.quote).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }
}
