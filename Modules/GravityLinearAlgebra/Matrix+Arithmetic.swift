/// Products and sums of matrices and vectors, written for column-major storage.
extension Matrix {
    /// The matrix product `lhs * rhs`.
    public static func * (lhs: Matrix, rhs: Matrix) -> Matrix {
        precondition(lhs.columns == rhs.rows, "Cannot multiply \(lhs.rows)x\(lhs.columns) by \(rhs.rows)x\(rhs.columns)")
        var result = Matrix(rows: lhs.rows, columns: rhs.columns)
        let n = lhs.rows
        lhs.values.withUnsafeBufferPointer { a in
            result.values.withUnsafeMutableBufferPointer { c in
                for j in 0..<rhs.columns {
                    for k in 0..<lhs.columns {
                        let b = rhs[k, j]
                        if b == 0 { continue }
                        let aBase = k * n, cBase = j * n
                        for i in 0..<n { c[cBase + i] += a[aBase + i] * b }
                    }
                }
            }
        }
        return result
    }

    /// The matrix-vector product `lhs * rhs`.
    public static func * (lhs: Matrix, rhs: [Double]) -> [Double] {
        precondition(lhs.columns == rhs.count, "Cannot multiply \(lhs.rows)x\(lhs.columns) by a vector of length \(rhs.count)")
        var result = [Double](repeating: 0, count: lhs.rows)
        let n = lhs.rows
        lhs.values.withUnsafeBufferPointer { a in
            result.withUnsafeMutableBufferPointer { y in
                for k in 0..<lhs.columns {
                    let b = rhs[k]
                    if b == 0 { continue }
                    let base = k * n
                    for i in 0..<n { y[i] += a[base + i] * b }
                }
            }
        }
        return result
    }

    /// Entry-wise sum.
    public static func + (lhs: Matrix, rhs: Matrix) -> Matrix {
        precondition(lhs.rows == rhs.rows && lhs.columns == rhs.columns, "Matrix sizes differ")
        var result = lhs
        for i in 0..<result.values.count { result.values[i] += rhs.values[i] }
        return result
    }

    /// Entry-wise difference.
    public static func - (lhs: Matrix, rhs: Matrix) -> Matrix {
        precondition(lhs.rows == rhs.rows && lhs.columns == rhs.columns, "Matrix sizes differ")
        var result = lhs
        for i in 0..<result.values.count { result.values[i] -= rhs.values[i] }
        return result
    }

    /// Every entry multiplied by `scalar`.
    public static func * (scalar: Double, matrix: Matrix) -> Matrix {
        var result = matrix
        for i in 0..<result.values.count { result.values[i] *= scalar }
        return result
    }

    /// The cross-product `A'A` (symmetric, `columns` by `columns`), in one pass per column pair.
    public func crossProduct() -> Matrix {
        var result = Matrix(rows: columns, columns: columns)
        let n = rows
        values.withUnsafeBufferPointer { a in
            for j in 0..<columns {
                for k in 0...j {
                    var sum = 0.0
                    let aj = j * n, ak = k * n
                    for i in 0..<n { sum += a[aj + i] * a[ak + i] }
                    result[j, k] = sum
                    result[k, j] = sum
                }
            }
        }
        return result
    }

    /// The product `A'v` of the transpose with a vector of length `rows`.
    public func transposeTimes(_ v: [Double]) -> [Double] {
        precondition(v.count == rows, "Vector length \(v.count) does not match \(rows) rows")
        let n = rows
        return values.withUnsafeBufferPointer { a in
            v.withUnsafeBufferPointer { x in
                (0..<columns).map { j in
                    var sum = 0.0
                    let base = j * n
                    for i in 0..<n { sum += a[base + i] * x[i] }
                    return sum
                }
            }
        }
    }

    /// The quadratic form `v' A v` for a square matrix.
    public func quadraticForm(_ v: [Double]) -> Double {
        precondition(rows == columns && v.count == rows, "Quadratic form needs a square matrix and a matching vector")
        var total = 0.0
        for j in 0..<columns {
            var inner = 0.0
            for i in 0..<rows { inner += self[i, j] * v[i] }
            total += inner * v[j]
        }
        return total
    }
}

/// The dot product of two equally long vectors.
@inlinable
public func dot(_ a: [Double], _ b: [Double]) -> Double {
    precondition(a.count == b.count, "Vectors differ in length")
    var sum = 0.0
    for i in 0..<a.count { sum += a[i] * b[i] }
    return sum
}
