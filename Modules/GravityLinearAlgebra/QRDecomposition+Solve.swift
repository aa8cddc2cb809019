/// Least-squares results from a `QRDecomposition`.
extension QRDecomposition {
    /// Least-squares coefficients of `y` on the kept columns, in `keptColumns` order.
    ///
    /// A response whose squares leave the range of doubles is divided by a power of two first,
    /// and the coefficients scaled back (as the columns are); a coefficient beyond the range of
    /// doubles comes out infinite.
    public func coefficients(_ y: [Double]) -> [Double] {
        let responseExponent = ColumnScales.exponent(of: y)
        let rotated = applyReflections(to: scaled(y, byPowerOfTwo: -responseExponent), steps: Array(0..<rank))
        let solution = solveUpperTriangular(r, Array(rotated.prefix(rank)))
        return solution.indices.map { k in
            ColumnScales.scale(solution[k], byPowerOfTwo: responseExponent - columnExponent(k))
        }
    }

    /// The fitted values: the orthogonal projection of `y` on the span of the kept columns.
    public func fitted(_ y: [Double]) -> [Double] {
        let responseExponent = ColumnScales.exponent(of: y)
        var rotated = applyReflections(to: scaled(y, byPowerOfTwo: -responseExponent), steps: Array(0..<rank))
        for i in rank..<rotated.count { rotated[i] = 0 }
        return scaled(applyReflections(to: rotated, steps: Array((0..<rank).reversed())), byPowerOfTwo: responseExponent)
    }

    /// The unscaled covariance `(X'X)^{-1}` of the kept coefficients (`rank` by `rank`, in
    /// `keptColumns` order), formed as `R^{-1} R^{-T}` so that `X'X` is never inverted. Entries
    /// beyond the range of doubles (the variance of a coefficient of a column near 1e-200) come
    /// out infinite or zero.
    public func unscaledCovariance() -> Matrix {
        var inverse = inverseOfGram(upper: r)
        guard columnScales != nil else { return inverse }
        for j in 0..<rank {
            for i in 0..<rank {
                inverse[i, j] = ColumnScales.scale(inverse[i, j], byPowerOfTwo: -columnExponent(i) - columnExponent(j))
            }
        }
        return inverse
    }

    /// The power of two the `k`-th kept column was divided by.
    private func columnExponent(_ k: Int) -> Int {
        columnScales?.exponents[keptColumns[k]] ?? 0
    }

    /// `values * 2^exponent`, or `values` itself when the exponent is 0.
    private func scaled(_ values: [Double], byPowerOfTwo exponent: Int) -> [Double] {
        exponent == 0 ? values : values.map { ColumnScales.scale($0, byPowerOfTwo: exponent) }
    }

    /// Applies the Householder reflections of the given steps to `y`, in the order listed:
    /// ascending steps give `Q'y`, descending steps give `Qy`.
    ///
    /// The first pass over the rows copies `y`; every pass applies one reflection and, block by
    /// block, already takes the dot product that the next reflection needs.
    private func applyReflections(to y: [Double], steps: [Int]) -> [Double] {
        precondition(y.count == rows, "The response has length \(y.count), expected \(rows)")
        guard let first = steps.first else { return y }
        let n = rows, kept = keptColumns
        return [Double](unsafeUninitializedCapacity: n) { buffer, initialized in
            initialized = n
            reflectors.values.withUnsafeBufferPointer { storage in
                y.withUnsafeBufferPointer { source in
                    let data = SharedColumns(base: UnsafeMutablePointer(mutating: storage.baseAddress!), rows: n)
                    let original = SharedColumns(base: UnsafeMutablePointer(mutating: source.baseAddress!), rows: n)
                    let vector = SharedColumns(base: buffer.baseAddress!, rows: n)
                    var dot = RowBlocks.sweep(0..<n, partialCount: 1) { block, partial in
                        vector.pointer(row: block.lowerBound, column: 0)
                            .update(from: original.pointer(row: block.lowerBound, column: 0), count: block.count)
                        Self.accumulateDot(of: data, column: kept[first], with: vector, rows: block.starting(at: first), into: partial)
                    }[0]
                    for (index, step) in steps.enumerated() {
                        let factor = scales[step] * dot
                        let next = index + 1 < steps.count ? steps[index + 1] : nil
                        dot = RowBlocks.sweep(Swift.min(step, next ?? step)..<n, partialCount: 1) { block, partial in
                            let reflected = block.starting(at: step)
                            if !reflected.isEmpty {
                                VectorKernels.subtractScaled(
                                    factor, data.pointer(row: reflected.lowerBound, column: kept[step]),
                                    from: vector.pointer(row: reflected.lowerBound, column: 0), count: reflected.count)
                            }
                            if let next {
                                Self.accumulateDot(of: data, column: kept[next], with: vector, rows: block.starting(at: next), into: partial)
                            }
                        }[0]
                    }
                }
            }
        }
    }

    /// Adds over `rows` the dot product of a reflector column with the vector being transformed.
    @inline(__always)
    private static func accumulateDot(
        of data: SharedColumns, column: Int, with vector: SharedColumns, rows: Range<Int>, into partial: UnsafeMutablePointer<Double>
    ) {
        guard !rows.isEmpty else { return }
        partial[0] += VectorKernels.dot(
            data.pointer(row: rows.lowerBound, column: column),
            vector.pointer(row: rows.lowerBound, column: 0), count: rows.count)
    }
}
