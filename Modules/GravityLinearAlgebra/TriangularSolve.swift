/// Solves `r x = b` by back substitution for a square upper-triangular `r`.
///
/// Only the upper triangle of `r` is read. The diagonal must be non-zero; a zero pivot yields
/// infinite or NaN entries rather than a trap, so callers should check rank first.
public func solveUpperTriangular(_ r: Matrix, _ b: [Double]) -> [Double] {
    precondition(r.rows == r.columns, "An upper-triangular solve needs a square matrix, got \(r.rows)x\(r.columns)")
    precondition(b.count == r.rows, "Right-hand side has length \(b.count), expected \(r.rows)")
    let n = r.rows
    var x = b
    r.values.withUnsafeBufferPointer { a in
        x.withUnsafeMutableBufferPointer { x in
            for j in stride(from: n - 1, through: 0, by: -1) {
                let value = x[j] / a[j * n + j]
                x[j] = value
                if value == 0 { continue }
                let base = j * n
                for i in 0..<j { x[i] -= a[base + i] * value }
            }
        }
    }
    return x
}

/// Solves `l x = b` by forward substitution for a square lower-triangular `l`.
///
/// Only the lower triangle of `l` is read. The diagonal must be non-zero.
public func solveLowerTriangular(_ l: Matrix, _ b: [Double]) -> [Double] {
    precondition(l.rows == l.columns, "A lower-triangular solve needs a square matrix, got \(l.rows)x\(l.columns)")
    precondition(b.count == l.rows, "Right-hand side has length \(b.count), expected \(l.rows)")
    let n = l.rows
    var x = b
    l.values.withUnsafeBufferPointer { a in
        x.withUnsafeMutableBufferPointer { x in
            for j in 0..<n {
                let value = x[j] / a[j * n + j]
                x[j] = value
                if value == 0 { continue }
                let base = j * n
                for i in (j + 1)..<n { x[i] -= a[base + i] * value }
            }
        }
    }
    return x
}

/// Solves `l' x = b` for a square lower-triangular `l`, without forming the transpose.
///
/// Only the lower triangle of `l` is read. The diagonal must be non-zero.
public func solveLowerTriangularTransposed(_ l: Matrix, _ b: [Double]) -> [Double] {
    precondition(l.rows == l.columns, "A triangular solve needs a square matrix, got \(l.rows)x\(l.columns)")
    precondition(b.count == l.rows, "Right-hand side has length \(b.count), expected \(l.rows)")
    let n = l.rows
    var x = b
    l.values.withUnsafeBufferPointer { a in
        x.withUnsafeMutableBufferPointer { x in
            for j in stride(from: n - 1, through: 0, by: -1) {
                let base = j * n
                var sum = x[j]
                for i in (j + 1)..<n { sum -= a[base + i] * x[i] }
                x[j] = sum / a[base + j]
            }
        }
    }
    return x
}

/// The inverse of a square upper-triangular matrix, itself upper triangular.
///
/// Computed column by column by back substitution against the identity, reading only the upper
/// triangle. The diagonal must be non-zero.
public func invertUpperTriangular(_ r: Matrix) -> Matrix {
    precondition(r.rows == r.columns, "Only a square matrix can be inverted, got \(r.rows)x\(r.columns)")
    let n = r.rows
    var inverse = Matrix(rows: n, columns: n)
    r.values.withUnsafeBufferPointer { a in
        inverse.values.withUnsafeMutableBufferPointer { v in
            for column in 0..<n {
                let base = column * n
                v[base + column] = 1 / a[column * n + column]
                // Rows above the diagonal, from the bottom up: r[i,i] v[i] = -sum_{k>i} r[i,k] v[k].
                for i in stride(from: column - 1, through: 0, by: -1) {
                    var sum = 0.0
                    for k in (i + 1)...column { sum += a[k * n + i] * v[base + k] }
                    v[base + i] = -sum / a[i * n + i]
                }
            }
        }
    }
    return inverse
}

/// The inverse of `U'U` for a square upper-triangular `U` with non-zero diagonal, formed as
/// `U^{-1} U^{-T}` so that the cross-product itself is never inverted; exactly symmetric.
func inverseOfGram(upper u: Matrix) -> Matrix {
    let inverse = invertUpperTriangular(u)
    let n = u.rows
    var result = Matrix(rows: n, columns: n)
    for j in 0..<n {
        for i in 0...j {
            // Rows i and j of the upper-triangular inverse overlap from column j on.
            var sum = 0.0
            for k in j..<n { sum += inverse[i, k] * inverse[j, k] }
            result[i, j] = sum
            result[j, i] = sum
        }
    }
    return result
}
