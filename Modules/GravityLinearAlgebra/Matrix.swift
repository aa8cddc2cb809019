/// A dense matrix of `Double` stored contiguously in column-major order.
///
/// Column-major storage keeps every column of a design matrix contiguous, so the passes that
/// estimators make over observations (dot products, Householder reflections, cross-products)
/// read memory sequentially.
public struct Matrix: Sendable, Equatable {
    /// Number of rows.
    public let rows: Int
    /// Number of columns.
    public let columns: Int
    /// The entries, column after column: entry (i, j) is `values[j * rows + i]`.
    public var values: [Double]

    /// A matrix with every entry equal to `value`.
    public init(rows: Int, columns: Int, repeating value: Double = 0) {
        precondition(rows >= 0 && columns >= 0, "Matrix dimensions must be non-negative")
        self.rows = rows
        self.columns = columns
        self.values = [Double](repeating: value, count: rows * columns)
    }

    /// A matrix over existing column-major storage; `values.count` must equal `rows * columns`.
    public init(rows: Int, columns: Int, columnMajor values: [Double]) {
        precondition(values.count == rows * columns, "Matrix storage has \(values.count) entries, expected \(rows * columns)")
        self.rows = rows
        self.columns = columns
        self.values = values
    }

    /// A matrix from a list of rows, as written on paper; all rows must have the same length.
    public init(rowMajor rowList: [[Double]]) {
        let rowCount = rowList.count
        let columnCount = rowList.first?.count ?? 0
        var storage = [Double](repeating: 0, count: rowCount * columnCount)
        for (i, row) in rowList.enumerated() {
            precondition(row.count == columnCount, "All rows must have the same length")
            for (j, value) in row.enumerated() { storage[j * rowCount + i] = value }
        }
        self.init(rows: rowCount, columns: columnCount, columnMajor: storage)
    }

    /// A matrix whose columns are the given arrays; all must have the same length.
    public init(columnList: [[Double]]) {
        let rowCount = columnList.first?.count ?? 0
        var storage: [Double] = []
        storage.reserveCapacity(rowCount * columnList.count)
        for column in columnList {
            precondition(column.count == rowCount, "All columns must have the same length")
            storage.append(contentsOf: column)
        }
        self.init(rows: rowCount, columns: columnList.count, columnMajor: storage)
    }

    /// The `n` by `n` identity matrix.
    public static func identity(_ n: Int) -> Matrix {
        var m = Matrix(rows: n, columns: n)
        for i in 0..<n { m[i, i] = 1 }
        return m
    }

    /// A square matrix with `diagonal` on its diagonal and zeros elsewhere.
    public static func diagonal(_ diagonal: [Double]) -> Matrix {
        var m = Matrix(rows: diagonal.count, columns: diagonal.count)
        for (i, value) in diagonal.enumerated() { m[i, i] = value }
        return m
    }

    /// Entry in row `i`, column `j`.
    @inlinable
    public subscript(i: Int, j: Int) -> Double {
        get { values[j * rows + i] }
        set { values[j * rows + i] = newValue }
    }

    /// A copy of column `j`.
    public func column(_ j: Int) -> [Double] {
        Array(values[(j * rows)..<((j + 1) * rows)])
    }

    /// A copy of row `i`.
    public func row(_ i: Int) -> [Double] {
        (0..<columns).map { self[i, $0] }
    }

    /// The diagonal entries of a square (or rectangular) matrix.
    public var diagonalEntries: [Double] {
        (0..<Swift.min(rows, columns)).map { self[$0, $0] }
    }

    /// The transpose.
    public var transposed: Matrix {
        var t = Matrix(rows: columns, columns: rows)
        for j in 0..<columns {
            for i in 0..<rows { t.values[i * columns + j] = values[j * rows + i] }
        }
        return t
    }

    /// The sub-matrix made of the given columns, in the order given.
    public func selectingColumns(_ indices: [Int]) -> Matrix {
        var storage: [Double] = []
        storage.reserveCapacity(rows * indices.count)
        for j in indices { storage.append(contentsOf: values[(j * rows)..<((j + 1) * rows)]) }
        return Matrix(rows: rows, columns: indices.count, columnMajor: storage)
    }

    /// The sub-matrix at the given rows and columns (both in the order given).
    public func selecting(rows rowIndices: [Int], columns columnIndices: [Int]) -> Matrix {
        var m = Matrix(rows: rowIndices.count, columns: columnIndices.count)
        for (jj, j) in columnIndices.enumerated() {
            for (ii, i) in rowIndices.enumerated() { m[ii, jj] = self[i, j] }
        }
        return m
    }
}
