import GravityCore

extension CompositeIndexResult {
    /// The result of a build on selected rows, with its rows numbered in the full source again:
    /// `selectedRows[i]` is the source row of the selection's row `i`. `note` (how the rows were
    /// selected) comes first among the notes.
    public func restoringSourceRows(_ selectedRows: [Int], sourceRowCount: Int, note: BilingualText) -> CompositeIndexResult {
        var restored = self
        restored.rowIndices = rowIndices.map { selectedRows[$0] }
        restored.sourceRowCount = sourceRowCount
        restored.bilingualNotes.insert(note, at: 0)
        return restored
    }
}
