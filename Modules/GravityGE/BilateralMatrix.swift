/// A square table of bilateral values over the same countries as exporters (rows) and importers
/// (columns), stored row-major in one contiguous array: `values[i * count + j]` is exporter `i` to
/// importer `j`, with the domestic flow on the diagonal.
public struct BilateralMatrix: Sendable, Equatable {
    /// Number of countries.
    public let count: Int
    /// The values, row-major.
    public var values: [Double]

    /// A matrix of `count` by `count` values, row-major.
    public init(count: Int, values: [Double]) {
        precondition(values.count == count * count, "A bilateral matrix over \(count) countries needs \(count * count) values")
        self.count = count
        self.values = values
    }

    /// A matrix filled with `value`.
    public init(count: Int, repeating value: Double) {
        self.init(count: count, values: [Double](repeating: value, count: count * count))
    }

    /// The value from exporter `i` to importer `j`.
    public subscript(i: Int, j: Int) -> Double {
        get { values[i * count + j] }
        set { values[i * count + j] = newValue }
    }

    /// Sums over importers: each exporter's total sales (output when the diagonal holds domestic sales).
    public var rowSums: [Double] {
        (0..<count).map { i in values[(i * count)..<((i + 1) * count)].reduce(0, +) }
    }

    /// Sums over exporters: each importer's total purchases (expenditure).
    public var columnSums: [Double] {
        var sums = [Double](repeating: 0, count: count)
        for i in 0..<count {
            for j in 0..<count { sums[j] += values[i * count + j] }
        }
        return sums
    }

    /// Sums over importers other than the exporter itself: each country's exports.
    public var offDiagonalRowSums: [Double] {
        rowSums.enumerated().map { i, total in total - values[i * count + i] }
    }

    /// Sums over exporters other than the importer itself: each country's imports.
    public var offDiagonalColumnSums: [Double] {
        columnSums.enumerated().map { j, total in total - values[j * count + j] }
    }

    /// The diagonal: domestic flows.
    public var diagonal: [Double] { (0..<count).map { values[$0 * count + $0] } }

    /// The matrix with entry (i, j) equal to `rowFactor[i] * self[i, j] * columnFactor[j]`.
    public func scaled(rows rowFactor: [Double], columns columnFactor: [Double]) -> BilateralMatrix {
        var out = values
        for i in 0..<count {
            let r = rowFactor[i]
            for j in 0..<count { out[i * count + j] *= r * columnFactor[j] }
        }
        return BilateralMatrix(count: count, values: out)
    }
}
