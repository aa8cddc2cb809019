import GravityCore
import GravityLinearAlgebra

/// The unit means of a set of columns, and the moment matrices of the between quadratic forms
/// built from them: `sum_i w_i m_i m_i'` with `m_i` unit `i`'s row of means.
struct UnitMeans {
    /// One column of unit means per input column.
    let columns: [[Double]]

    /// Means already computed, one column per variable.
    init(columns: [[Double]]) {
        self.columns = columns
    }

    /// The unit means of the columns of `matrix` (all columns, or those listed).
    init(_ matrix: Matrix, columns indices: [Int]? = nil, units: Grouping) {
        columns = (indices ?? Array(0..<matrix.columns)).map { j in matrix.withColumn(j) { units.means($0) } }
    }

    /// `sum_i weight(i) m_i m_i'`.
    func moment(weight: (Int) -> Double) -> Matrix {
        let p = columns.count, n = columns.first?.count ?? 0
        var moment = Matrix(rows: p, columns: p)
        for i in 0..<n {
            let w = weight(i)
            guard w != 0 else { continue }
            for a in 0..<p {
                let wa = w * columns[a][i]
                for b in 0...a { moment[a, b] += wa * columns[b][i] }
            }
        }
        for a in 0..<p {
            for b in 0..<a { moment[b, a] = moment[a, b] }
        }
        return moment
    }
}

/// The trace of `a * b`.
func traceOfProduct(_ a: Matrix, _ b: Matrix) -> Double {
    var trace = 0.0
    for i in 0..<a.rows {
        for k in 0..<a.columns { trace += a[i, k] * b[k, i] }
    }
    return trace
}
