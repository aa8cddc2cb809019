/// Why rows of an input dataset were left out of an estimation: each reason with the input rows
/// (0-based) it removed, in the order the reasons were applied (a missing value in a column, a
/// singleton of a fixed effect, a missing weight, ...). A model frame collects them and the
/// row-aligned values of a result carry them, so that `fit --predictions` says why a row is empty.
public struct RowExclusions: Sendable, Equatable {
    /// One reason and the input rows it removed.
    public struct Group: Sendable, Equatable {
        /// What removed the rows, as a phrase (`missing or undefined value in log(DIST)`).
        public let reason: String
        /// The input rows removed, ascending.
        public let rows: [Int]
    }

    /// The reasons with their rows, in the order applied.
    public private(set) var groups: [Group] = []

    /// No row excluded.
    public init() {}

    /// Records that `rows` (input rows, ascending) were removed for `reason`.
    public mutating func add(rows: [Int], reason: String) {
        guard !rows.isEmpty else { return }
        groups.append(Group(reason: reason, rows: rows))
    }

    /// Records rows with one reason each (`reasons` aligned to `rows`), grouped by reason.
    public mutating func add(rows: [Int], reasons: [String]) {
        var order: [String] = []
        var byReason: [String: [Int]] = [:]
        for (row, reason) in zip(rows, reasons) {
            if byReason[reason] == nil { order.append(reason) }
            byReason[reason, default: []].append(row)
        }
        for reason in order { add(rows: byReason[reason]!, reason: reason) }
    }

    /// The reason for each of `inputRowCount` input rows; nil for a row not excluded.
    public func reasonPerRow(inputRowCount: Int) -> [String?] {
        var reasons = [String?](repeating: nil, count: inputRowCount)
        for group in groups {
            for row in group.rows where row < inputRowCount && reasons[row] == nil { reasons[row] = group.reason }
        }
        return reasons
    }
}
