/// How many evaluation steps of a model frame still read each column of its dataset, so that the
/// builder, which owns the dataset, can free a column's storage after its last reader: a fixed
/// effect's numbers once coded, a regressor once copied into the design. A column read by two
/// steps (two terms, or a fixed effect and a cluster) is freed after the second.
struct PendingColumnReads {
    private var pending: [String: Int] = [:]

    /// Registers a step that will read `columns` (a column named twice in one step counts once).
    mutating func expect(_ columns: [String]) {
        for name in Set(columns) { pending[name, default: 0] += 1 }
    }

    /// The columns of `names` that no registered step reads.
    func unread(among names: [String]) -> [String] {
        names.filter { pending[$0] == nil }
    }

    /// Records that a registered step reading `columns` is done; returns the columns that no
    /// step still to come reads.
    mutating func finish(_ columns: [String]) -> [String] {
        Set(columns).compactMap { name in
            guard let count = pending[name] else { return nil }
            if count > 1 {
                pending[name] = count - 1
                return nil
            }
            pending[name] = nil
            return name
        }
    }
}
