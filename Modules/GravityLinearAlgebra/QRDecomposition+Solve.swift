/// Least-squares results from a `QRDecomposition`.
extension QRDecomposition {
    /// Least-squares coefficients of `y` on the kept columns, in `keptColumns` order.
    public func coefficients(_ y: [Double]) -> [Double] {
        let rotated = applyReflections(to: y, steps: Array(0..<rank))
        return solveUpperTriangular(r, Array(rotated.prefix(rank)))
    }

    /// The fitted values: the orthogonal projection of `y` on the span of the kept columns.
    public func fitted(_ y: [Double]) -> [Double] {
        var rotated = applyReflections(to: y, steps: Array(0..<rank))
        for i in rank..<rotated.count { rotated[i] = 0 }
        return applyReflections(to: rotated, steps: Array((0..<rank).reversed()))
    }

    /// The unscaled covariance `(R'R)^{-1}` of the kept coefficients (`rank` by `rank`, in
    /// `keptColumns` order), formed as `R^{-1} R^{-T}` so that `X'X` is never inverted.
    public func unscaledCovariance() -> Matrix {
        inverseOfGram(upper: r)
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
