import GravityCore

/// The unit of each row as a code into labels, with the labels' sorted order.
struct UnitGrouping {
    /// The code of each row, `-1` when the unit is missing.
    let codes: [Int]
    /// Labels in order of first appearance.
    let labels: [String]
    /// Codes in sorted order of their labels (numerically for a numeric column).
    let order: [Int]

    /// The grouping of the rows of `column`.
    init(_ column: Column) {
        var codeOf: [String: Int] = [:]
        var labels: [String] = []
        var codes = [Int](repeating: -1, count: column.count)
        var numericKey: [Double] = []
        for row in 0..<column.count {
            guard let label = column.text(at: row) else { continue }
            if let code = codeOf[label] {
                codes[row] = code
            } else {
                codeOf[label] = labels.count
                codes[row] = labels.count
                labels.append(label)
                if case .numeric(let values) = column { numericKey.append(values[row]) }
            }
        }
        self.codes = codes
        self.labels = labels
        order = column.isNumeric
            ? labels.indices.sorted { numericKey[$0] < numericKey[$1] }
            : labels.indices.sorted { labels[$0] < labels[$1] }
    }
}
