/// One optional value per row of an input dataset (`nil` for rows a model did not use), stored
/// compactly: the values of the used rows, plus a row map only when some rows were dropped.
///
/// Fitted values and residuals of ten million rows thus cost one array of doubles, not an array of
/// optionals twice its size; a fixed effect costs one value per level and the codes the fit
/// already holds, and fitted values can be the response less the residuals (no array of their
/// own). It reads like `[Double?]`: `values[row]`, `count`, `compactMap`, ...
public struct RowAlignedValues: RandomAccessCollection, Sendable, Equatable, ExpressibleByArrayLiteral {
    /// How the values of the used rows (in input order) are held.
    private enum UsedValues: Sendable {
        /// One value per used row.
        case stored([Double])
        /// The value of each used row's level: `levelValues[codes[k]]`.
        case levels(levelValues: [Double], codes: [Int32])
        /// `minuend[k] - subtrahend[k]`.
        case difference(minuend: [Double], subtrahend: [Double])

        @inline(__always)
        subscript(k: Int) -> Double {
            switch self {
            case .stored(let values): return values[k]
            case .levels(let levelValues, let codes): return levelValues[Int(codes[k])]
            case .difference(let minuend, let subtrahend): return minuend[k] - subtrahend[k]
            }
        }

        var count: Int {
            switch self {
            case .stored(let values): return values.count
            case .levels(_, let codes): return codes.count
            case .difference(let minuend, _): return minuend.count
            }
        }
    }

    /// Values of the used rows, in input order.
    private let used: UsedValues
    /// For each input row, its index in `used` or -1; `nil` when every row was used.
    private let positions: [Int32]?
    /// Why the rows without a value were left out (empty when nobody said).
    public var exclusions = RowExclusions()

    /// Values for the rows listed in `rows` (ascending input rows) of a dataset of `inputRowCount` rows.
    public init(values: [Double], rows: some Collection<Int>, inputRowCount: Int) {
        self.init(used: .stored(values), rows: rows, inputRowCount: inputRowCount)
    }

    /// Per used row, the value of its level, `levelValues[codes[k]]` (a fixed effect per row
    /// from its values per level), for the rows listed in `rows`.
    public init(levelValues: [Double], codes: [Int32], rows: some Collection<Int>, inputRowCount: Int) {
        self.init(used: .levels(levelValues: levelValues, codes: codes), rows: rows, inputRowCount: inputRowCount)
    }

    /// Per used row, `minuend[k] - subtrahend[k]` (fitted values as the response less the
    /// residuals), for the rows listed in `rows`.
    public init(difference minuend: [Double], minus subtrahend: [Double], rows: some Collection<Int>, inputRowCount: Int) {
        precondition(minuend.count == subtrahend.count, "As many values to subtract as values")
        self.init(used: .difference(minuend: minuend, subtrahend: subtrahend), rows: rows, inputRowCount: inputRowCount)
    }

    private init(used: UsedValues, rows: some Collection<Int>, inputRowCount: Int) {
        precondition(used.count == rows.count, "One value per used row")
        self.used = used
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
