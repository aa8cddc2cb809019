/// One optional value per row of an input dataset (`nil` for rows a model did not use), stored
/// compactly: the values of the used rows, plus a row map only when some rows were dropped.
///
/// Fitted values and residuals of ten million rows thus cost one array of doubles, not an array of
/// optionals twice its size. It reads like `[Double?]`: `values[row]`, `count`, `compactMap`, ...
public struct RowAlignedValues: RandomAccessCollection, Sendable, Equatable, ExpressibleByArrayLiteral {
    /// Values of the used rows, in input order.
    private let used: [Double]
    /// For each input row, its index in `used` or -1; `nil` when every row was used.
    private let positions: [Int32]?
    /// Why the rows without a value were left out (empty when nobody said).
    public var exclusions = RowExclusions()

    /// Values for the rows listed in `rows` (ascending input rows) of a dataset of `inputRowCount` rows.
    public init(values: [Double], rows: [Int], inputRowCount: Int) {
        precondition(values.count == rows.count, "One value per used row")
        used = values
        if rows.count == inputRowCount {
            positions = nil
        } else {
            var map = [Int32](repeating: -1, count: inputRowCount)
            for (index, row) in rows.enumerated() { map[row] = Int32(index) }
            positions = map
        }
    }

    /// Values from an array of optionals, one per input row.
    public init(_ optionals: [Double?]) {
        var values: [Double] = []
        var rows: [Int] = []
        for (row, value) in optionals.enumerated() {
            if let value {
                values.append(value)
                rows.append(row)
            }
        }
        self.init(values: values, rows: rows, inputRowCount: optionals.count)
    }

    /// Values from a literal list of optionals.
    public init(arrayLiteral elements: Double?...) {
        self.init(elements)
    }

    /// The first row index, 0.
    public var startIndex: Int { 0 }

    /// One past the last row index: the number of input rows.
    public var endIndex: Int { positions?.count ?? used.count }

    /// The value of input row `row`, or `nil` when the row was not used.
    public subscript(row: Int) -> Double? {
        guard let positions else { return used[row] }
        let index = positions[row]
        return index < 0 ? nil : used[Int(index)]
    }

    /// Equal when every row holds the same value or is absent in both (the reasons are not compared).
    public static func == (lhs: RowAlignedValues, rhs: RowAlignedValues) -> Bool {
        lhs.count == rhs.count && zip(lhs, rhs).allSatisfy { $0 == $1 }
    }
}
