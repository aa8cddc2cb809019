import GravityLinearAlgebra

extension Matrix {
    /// Calls `body` with column `j` in place, without copying it.
    func withColumn<Result>(_ j: Int, _ body: (UnsafeBufferPointer<Double>) throws -> Result) rethrows -> Result {
        try values.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[(j * rows)..<((j + 1) * rows)])) }
    }

    /// A matrix with `rows` rows whose column `j` is written by `fill(j, target)`, in one allocation.
    static func filled(rows: Int, columns: Int, _ fill: (Int, UnsafeMutableBufferPointer<Double>) throws -> Void) rethrows -> Matrix {
        var storage = [Double](repeating: 0, count: rows * columns)
        try storage.withUnsafeMutableBufferPointer { buffer in
            for j in 0..<columns { try fill(j, UnsafeMutableBufferPointer(rebasing: buffer[(j * rows)..<((j + 1) * rows)])) }
        }
        return Matrix(rows: rows, columns: columns, columnMajor: storage)
    }
}

/// The Euclidean norm of `values`.
func norm(_ values: UnsafeBufferPointer<Double>) -> Double {
    var sum = 0.0
    for v in values { sum += v * v }
    return sum.squareRoot()
}
