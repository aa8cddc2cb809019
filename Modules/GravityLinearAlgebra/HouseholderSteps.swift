/// The blocked Householder factorisation with limited column pivoting behind `QRDecomposition`.
///
/// The design is factored in place in a column-major copy. Step `k` reflects what is left of
/// column `kept[k]` from row `k` down and leaves the Householder vector `u` there (its first
/// entry included), with the entries of `R` above it. Every pass over the rows applies one
/// reflection to all later columns and, block by block, already gathers the dot products that
/// the next reflection needs, so a step costs a single pass over the remaining columns.
struct HouseholderSteps {
    /// Original indices of the reflected (kept) columns, in order.
    private(set) var kept: [Int] = []
    /// Original indices of the aliased columns, in order.
    var aliased: [Int] = []
    /// The scale `2 / (u'u)` of each reflection `I - scale * u u'`.
    private(set) var scales: [Double] = []
    /// The diagonal of `R`, one entry per reflection.
    private(set) var diagonal: [Double] = []

    /// Copies the design `x` into `data`, each column divided by its power-of-two scale when
    /// `scales` are given, and returns each column's norm and sum of squares, together with the
    /// sums the first candidate column needs: its sum of squares below row 0 (slot 0) and its
    /// products with each later column `j` below row 0 (slot `j`).
    static func copy(_ x: Matrix, to data: SharedColumns, scales: ColumnScales? = nil)
        -> (candidateSums: [Double], originalNorms: [Double], sumsOfSquares: [Double]) {
        let n = x.rows, p = x.columns
        return x.values.withUnsafeBufferPointer { source in
            let from = SharedColumns(base: UnsafeMutablePointer(mutating: source.baseAddress!), rows: n)
            let sums = RowBlocks.sweep(0..<n, partialCount: 2 * p) { block, partial in
                for j in 0..<p {
                    let destination = data.pointer(row: block.lowerBound, column: j)
                    let origin = from.pointer(row: block.lowerBound, column: j)
                    if let scales, scales.exponents[j] != 0 {
                        let factor = ColumnScales.powerOfTwo(-scales.exponents[j])
                        for i in 0..<block.count { destination[i] = origin[i] * factor }
                    } else {
                        destination.update(from: origin, count: block.count)
                    }
                    partial[p + j] = VectorKernels.dot(destination, destination, count: block.count)
                    partial[j] = product(of: data, columns: 0, j, rows: block.starting(at: 1))
                }
            }
            let norms = (0..<p).map { j in
                VectorKernels.norm(data.pointer(row: 0, column: j), count: n, sumOfSquares: sums[p + j])
            }
            return (Array(sums[0..<p]), norms, Array(sums[p..<(2 * p)]))
        }
    }

    /// Factors the `columns` columns held in `data`, given what `copy` returned.
    mutating func factor(
        _ data: SharedColumns, columns p: Int, tolerance: Double, candidateSums first: [Double], originalNorms: [Double]
    ) {
        let n = data.rows
        // For the current candidate column c at step k: the sum of squares of rows k+1 ..< n of
        // c (slot 0) and its products with each later column j over those rows (slot j - c).
        var candidateSums: [Double]? = first
        var candidate = 0
        while candidate < p {
            let step = kept.count
            guard step < n else {
                aliased.append(contentsOf: candidate..<p)
                return
            }
            let column = candidate
            let sums = candidateSums ?? RowBlocks.sweep((step + 1)..<n, partialCount: p - column) { block, partial in
                for j in column..<p { partial[j - column] = Self.product(of: data, columns: column, j, rows: block) }
            }
            let u = data.pointer(row: step, column: column)
            let head = u[0]
            let norm = VectorKernels.norm(u, count: n - step, sumOfSquares: head * head + sums[0])
            candidate += 1
            guard norm > 0, norm >= tolerance * originalNorms[column] else {
                aliased.append(column)
                candidateSums = nil
                continue
            }
            // Reflect the column onto -sign(head) * norm * e1 with u = x + sign(head) * norm * e1.
            let signedNorm = head >= 0 ? norm : -norm
            u[0] = head + signedNorm
            let scale = 1 / (signedNorm * u[0])
            kept.append(column)
            scales.append(scale)
            diagonal.append(-signedNorm)
            let next = candidate
            guard next < p, step + 1 < n else { continue }
            // u'x_j = u0 x_j[step] + (the product below row `step`, already gathered).
            let factors = (next..<p).map { j in scale * (u[0] * data.pointer(row: step, column: j)[0] + sums[j - column]) }
            // The next candidate comes first in each block, so every later column can be
            // multiplied by its updated values while the block is still in cache.
            candidateSums = RowBlocks.sweep(step..<n, partialCount: p - next) { block, partial in
                let reflector = data.pointer(row: block.lowerBound, column: column)
                let below = block.starting(at: step + 2)
                for j in next..<p {
                    VectorKernels.subtractScaled(
                        factors[j - next], reflector, from: data.pointer(row: block.lowerBound, column: j), count: block.count)
                    partial[j - next] = Self.product(of: data, columns: next, j, rows: below)
                }
            }
        }
    }

    /// The dot product of columns `a` and `b` over `rows`.
    @inline(__always)
    private static func product(of data: SharedColumns, columns a: Int, _ b: Int, rows: Range<Int>) -> Double {
        guard !rows.isEmpty else { return 0 }
        return VectorKernels.dot(
            data.pointer(row: rows.lowerBound, column: a), data.pointer(row: rows.lowerBound, column: b), count: rows.count)
    }
}
