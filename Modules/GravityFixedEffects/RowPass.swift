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
        switch codes.count {
        case 1: subtractRows(Dimensions1.self, a, stride: stride, rows: rows, from: y)
        case 2: subtractRows(Dimensions2.self, a, stride: stride, rows: rows, from: y)
        case 3: subtractRows(Dimensions3.self, a, stride: stride, rows: rows, from: y)
        default:
            for i in rows {
                for k in codes.indices {
                    let q = a + (offsets[k] &+ Int(codes[k][i])) &* stride
                    for column in 0..<stride { y[column &* rowCount &+ i] -= q[column] }
                }
            }
        }
    }

    private func subtractRows<D: DimensionCount>(_: D.Type, _ a: UnsafePointer<Double>, stride: Int, rows: Range<Int>,
                                                 from y: UnsafeMutablePointer<Double>) {
        let last = D.count - 1
        let c0 = codes[0], c1 = codes[min(1, last)], c2 = codes[min(2, last)]
        let a0 = a + offsets[0] &* stride, a1 = a + offsets[min(1, last)] &* stride, a2 = a + offsets[min(2, last)] &* stride
        for i in rows {
            let q0 = a0 + Int(c0[i]) &* stride
            let q1 = a1 + (D.count > 1 ? Int(c1[i]) &* stride : 0)
            let q2 = a2 + (D.count > 2 ? Int(c2[i]) &* stride : 0)
            for column in 0..<stride {
                var effect = q0[column]
                if D.count > 1 { effect += q1[column] }
                if D.count > 2 { effect += q2[column] }
                y[column &* rowCount &+ i] -= effect
            }
        }
    }

    private func scatterBlock<B: BlockWidth>(_ block: B.Type, _ source: Source, stride: Int, first: Int, rows: Range<Int>,
                                             into sums: UnsafeMutablePointer<Double>) {
        switch codes.count {
        case 1: scatterRows(block, Dimensions1.self, source, stride: stride, first: first, rows: rows, into: sums)
        case 2: scatterRows(block, Dimensions2.self, source, stride: stride, first: first, rows: rows, into: sums)
        case 3: scatterRows(block, Dimensions3.self, source, stride: stride, first: first, rows: rows, into: sums)
        default: scatterRowsAnyDimensions(block, source, stride: stride, first: first, rows: rows, into: sums)
        }
    }

    /// The scatter for one to three dimensions, their count a type parameter: the codes and level
    /// bases of every dimension stay in registers and the loops over dimensions unroll.
    private func scatterRows<B: BlockWidth, D: DimensionCount>(_: B.Type, _: D.Type, _ source: Source, stride: Int, first: Int,
                                                               rows: Range<Int>, into sums: UnsafeMutablePointer<Double>) {
        let last = D.count - 1
        let c0 = codes[0], c1 = codes[min(1, last)], c2 = codes[min(2, last)]
        let b0 = offsets[0] &* stride &+ first, b1 = offsets[min(1, last)] &* stride &+ first
        let b2 = offsets[min(2, last)] &* stride &+ first
        @inline(__always) func rowLoop(_ value: (Int, Int, Int, Int) -> SIMD4<Double>) {
            for i in rows {
                let j0 = b0 &+ Int(c0[i]) &* stride
                let j1 = D.count > 1 ? b1 &+ Int(c1[i]) &* stride : 0
                let j2 = D.count > 2 ? b2 &+ Int(c2[i]) &* stride : 0
                var v = value(i, j0, j1, j2)
                if let weights { v *= weights[i] }
                for c in 0..<B.width { sums[j0 &+ c] += v[c] }
                if D.count > 1 { for c in 0..<B.width { sums[j1 &+ c] += v[c] } }
                if D.count > 2 { for c in 0..<B.width { sums[j2 &+ c] += v[c] } }
            }
        }
        switch source {
        case .effects(let p):
            rowLoop { _, j0, j1, j2 in
                var v = SIMD4<Double>()
                for c in 0..<B.width { v[c] = p[j0 &+ c] }
                if D.count > 1 { for c in 0..<B.width { v[c] += p[j1 &+ c] } }
                if D.count > 2 { for c in 0..<B.width { v[c] += p[j2 &+ c] } }
                return v
            }
        case .data(let y?):
            rowLoop { i, _, _, _ in
                var v = SIMD4<Double>(repeating: 1)
                for c in 0..<B.width { v[c] = y[(first &+ c) &* rowCount &+ i] }
                return v
            }
        case .data(nil):
            rowLoop { _, _, _, _ in SIMD4<Double>(repeating: 1) }
        }
    }

    /// The scatter for any number of dimensions.
    private func scatterRowsAnyDimensions<B: BlockWidth>(_: B.Type, _ source: Source, stride: Int, first: Int, rows: Range<Int>,
                                                         into sums: UnsafeMutablePointer<Double>) {
        let dimensions = codes.count
        withUnsafeTemporaryAllocation(of: Int.self, capacity: dimensions) { bases in
            for k in 0..<dimensions { bases[k] = offsets[k] &* stride &+ first }
            for i in rows {
                var value = SIMD4<Double>(repeating: 1)
                switch source {
                case .effects(let p):
                    value = SIMD4<Double>()
                    for k in 0..<dimensions {
                        let q = p + (bases[k] &+ Int(codes[k][i]) &* stride)
                        for c in 0..<B.width { value[c] += q[c] }
                    }
                case .data(let y?): for c in 0..<B.width { value[c] = y[(first &+ c) &* rowCount &+ i] }
                case .data(nil): break
                }
                if let weights { value *= weights[i] }
                for k in 0..<dimensions {
                    let s = sums + (bases[k] &+ Int(codes[k][i]) &* stride)
                    for c in 0..<B.width { s[c] += value[c] }
                }
            }
        }
    }
}

/// The number of columns in a block, as a type, so that loops over a block's columns unroll.
protocol BlockWidth { static var width: Int { get } }
enum Width1: BlockWidth { static var width: Int { 1 } }
enum Width2: BlockWidth { static var width: Int { 2 } }
enum Width3: BlockWidth { static var width: Int { 3 } }
enum Width4: BlockWidth { static var width: Int { 4 } }

/// The number of fixed-effect dimensions, as a type, so that loops over dimensions unroll.
protocol DimensionCount { static var count: Int { get } }
enum Dimensions1: DimensionCount { static var count: Int { 1 } }
enum Dimensions2: DimensionCount { static var count: Int { 2 } }
enum Dimensions3: DimensionCount { static var count: Int { 3 } }
