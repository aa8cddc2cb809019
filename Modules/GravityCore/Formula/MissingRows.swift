/// The rows of a dataset with a missing or undefined value in some variable of a model, each
/// attributed to the first variable marked missing in it (variables are marked in formula order).
struct MissingRows {
    /// Number of rows of the dataset.
    let rowCount: Int
    /// Each variable with a missing value, in the order marked, with its number of missing rows.
    private(set) var variables: [(label: String, count: Int)] = []
    /// For each row, the first variable (index into `variables`) missing in it, or -1; allocated
    /// at the first missing value (complete data never need it).
    private var firstMissing: [Int32] = []

    init(rowCount: Int) {
        self.rowCount = rowCount
    }

    /// Marks the rows where `values` is not finite (`nan` or infinite).
    mutating func mark(_ label: String, _ values: [Double]) {
        guard let first = values.firstIndex(where: { !$0.isFinite }) else { return }
        let count = values.withUnsafeBufferPointer { x in record(label, from: first) { !x[$0].isFinite } }
        variables.append((label, count))
    }

    /// Marks the rows where a group code is missing (below zero).
    mutating func mark(_ label: String, codes: [Int32]) {
        guard let first = codes.firstIndex(where: { $0 < 0 }) else { return }
        let count = codes.withUnsafeBufferPointer { c in record(label, from: first) { c[$0] < 0 } }
        variables.append((label, count))
    }

    /// Flags the rows from `first` on where `isMissing` holds as missing in the next variable;
    /// returns how many there are.
    private mutating func record(_ label: String, from first: Int, where isMissing: (Int) -> Bool) -> Int {
        if firstMissing.isEmpty { firstMissing = [Int32](repeating: -1, count: rowCount) }
        let index = Int32(variables.count)
        return firstMissing.withUnsafeMutableBufferPointer { flags in
            var count = 0
            for i in first..<rowCount where isMissing(i) {
                count += 1
                if flags[i] < 0 { flags[i] = index }
            }
            return count
        }
    }

    /// The rows with no missing value (every row, stored as a count, when none is missing).
    var completeRows: FrameRows {
        variables.isEmpty ? FrameRows(every: rowCount) : FrameRows(total: rowCount) { firstMissing[$0] < 0 }
    }

    /// The rows left out, each with the first variable missing in it as the reason.
    var exclusions: RowExclusions {
        var exclusions = RowExclusions()
        guard !variables.isEmpty else { return exclusions }
        var rowsByVariable = [[Int]](repeating: [], count: variables.count)
        for (row, index) in firstMissing.enumerated() where index >= 0 { rowsByVariable[Int(index)].append(row) }
        for (variable, rows) in zip(variables, rowsByVariable) { exclusions.add(rows: rows, reason: "missing or undefined value in \(variable.label)") }
        return exclusions
    }

    /// The counts as `label: count` phrases, in the order marked.
    var countsByVariable: [String] { variables.map { "\($0.label): \($0.count)" } }
}
