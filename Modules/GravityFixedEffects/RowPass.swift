/// The inner loops of the fixed-effects engine: one pass over the rows that gathers, for every
/// row, a few columns' values (from the data or from the coefficients of the row's levels) and
/// adds them, weighted, into the sums of the row's levels; or subtracts the row's effects from the
/// data.
///
/// Columns are handled in blocks of at most four, each block's values held in one SIMD register;
/// the block width is a type parameter so that the loops over a block's columns are unrolled.
/// Coefficient vectors are interleaved (`a[level * stride + column]`).
struct RowPass {
    /// Level of each row, one pointer per dimension.
    let codes: UnsafeBufferPointer<UnsafePointer<Int32>>
    /// Start of each dimension's levels in a coefficient vector (levels, not values).
    let offsets: [Int]
    /// Observation weights, or nil for equal weights.
    let weights: UnsafePointer<Double>?
    /// Number of rows of the data columns.
    let rowCount: Int

    /// Where a row's values come from.
    enum Source {
        /// The sum over dimensions of the coefficients of the row's levels.
        case effects(UnsafePointer<Double>)
        /// Data columns stored column-major (`rowCount` values each); nil for columns of ones.
        case data(UnsafePointer<Double>?)
    }

    /// Adds, for the rows in `rows` and the `stride` columns, the weighted values of `source` into
    /// the sums of their levels in `sums` (interleaved, `stride` values per level).
    func scatter(_ source: Source, stride: Int, rows: Range<Int>, into sums: UnsafeMutablePointer<Double>) {
        var first = 0
        while first < stride {
            let width = min(4, stride - first)
            switch width {
            case 1: scatterBlock(Width1.self, source, stride: stride, first: first, rows: rows, into: sums)
            case 2: scatterBlock(Width2.self, source, stride: stride, first: first, rows: rows, into: sums)
            case 3: scatterBlock(Width3.self, source, stride: stride, first: first, rows: rows, into: sums)
            default: scatterBlock(Width4.self, source, stride: stride, first: first, rows: rows, into: sums)
            }
            first += width
        }
    }

    /// Replaces, for the rows in `rows`, each of the `stride` columns of `y` (column-major) by
    /// `y - D a` for interleaved coefficients `a`.
    func subtract(_ a: UnsafePointer<Double>, stride: Int, rows: Range<Int>, from y: UnsafeMutablePointer<Double>) {
        let dimensions = codes.count
        for i in rows {
            for k in 0..<dimensions {
                let q = a + (offsets[k] &+ Int(codes[k][i])) &* stride
                for column in 0..<stride { y[column &* rowCount &+ i] -= q[column] }
            }
        }
    }

    private func scatterBlock<B: BlockWidth>(_: B.Type, _ source: Source, stride: Int, first: Int, rows: Range<Int>,
                                             into sums: UnsafeMutablePointer<Double>) {
        let dimensions = codes.count
        withUnsafeTemporaryAllocation(of: Int.self, capacity: dimensions) { bases in
            for k in 0..<dimensions { bases[k] = offsets[k] &* stride &+ first }
            switch source {
            case .effects(let p):
                for i in rows {
                    var value = SIMD4<Double>()
                    for k in 0..<dimensions {
                        let q = p + (bases[k] &+ Int(codes[k][i]) &* stride)
                        for c in 0..<B.width { value[c] += q[c] }
                    }
                    if let weights { value *= weights[i] }
                    add(value, B.self, row: i, bases: bases, stride: stride, into: sums)
                }
            case .data(let y):
                for i in rows {
                    var value = SIMD4<Double>(repeating: 1)
                    if let y { for c in 0..<B.width { value[c] = y[(first &+ c) &* rowCount &+ i] } }
                    if let weights { value *= weights[i] }
                    add(value, B.self, row: i, bases: bases, stride: stride, into: sums)
                }
            }
        }
    }

    @inline(__always)
    private func add<B: BlockWidth>(_ value: SIMD4<Double>, _: B.Type, row i: Int, bases: UnsafeMutableBufferPointer<Int>,
                                    stride: Int, into sums: UnsafeMutablePointer<Double>) {
        for k in 0..<bases.count {
            let s = sums + (bases[k] &+ Int(codes[k][i]) &* stride)
            for c in 0..<B.width { s[c] += value[c] }
        }
    }
}

/// The number of columns in a block, as a type, so that loops over a block's columns unroll.
protocol BlockWidth { static var width: Int { get } }
enum Width1: BlockWidth { static var width: Int { 1 } }
enum Width2: BlockWidth { static var width: Int { 2 } }
enum Width3: BlockWidth { static var width: Int { 3 } }
enum Width4: BlockWidth { static var width: Int { 4 } }
