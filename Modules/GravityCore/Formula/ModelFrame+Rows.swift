import GravityLinearAlgebra

extension ModelFrame {
    /// The frame restricted to the rows where `kept` is true (for example after dropping
    /// singletons); groupings keep only the levels that still occur, in their order. The caller
    /// adds a note saying why rows were removed; `reason` phrases it for each removed row (by its
    /// row in this frame) for ``exclusions``.
    public func keepingRows(_ kept: [Bool], reason: (Int) -> String = { _ in "dropped by the estimator (see the notes)" }) -> ModelFrame {
        precondition(kept.count == observationCount, "One flag per row of the frame")
        let rows = FrameRows(kept: kept)
        var exclusions = exclusions
        let removed = kept.indices.filter { !kept[$0] }
        exclusions.add(rows: removed.map { rowIndices[$0] }, reasons: removed.map(reason))
        func restricted(_ design: DesignMatrix) -> DesignMatrix {
            DesignMatrix(matrix: design.matrix.gathering(rows: rows), columnNames: design.columnNames, hasIntercept: design.hasIntercept)
        }
        return ModelFrame(formula: formula, response: rows.map { response[$0] }, design: restricted(design),
                          extraDesigns: extraDesigns.map(restricted), fixedEffects: fixedEffects.map { $0.keeping(rows: rows) },
                          groups: groups.mapValues { $0.keeping(rows: rows) }, rowIndices: rowIndices.selecting(rows),
                          inputRowCount: inputRowCount, notes: bilingualNotes,
                          offset: offset.map { o in rows.map { o[$0] } }, exclusions: exclusions)
    }
}

extension Matrix {
    /// The rows at `rows` (ascending), every column, in one pass per column.
    func gathering(rows: FrameRows) -> Matrix {
        if rows.isEveryRow && rows.count == self.rows { return self }
        var gathered: [Double] = []
        gathered.reserveCapacity(rows.count * columns)
        values.withUnsafeBufferPointer { values in
            for j in 0..<columns {
                let start = j * self.rows
                for row in rows { gathered.append(values[start + row]) }
            }
        }
        return Matrix(rows: rows.count, columns: columns, columnMajor: gathered)
    }
}

extension Grouping {
    /// The grouping of `rows` only (indices into ``codes``), renumbered densely over the levels
    /// that keep a row, in their original order.
    public func keeping(rows: [Int]) -> Grouping {
        keeping(rows, everyRowInOrder: rows.count == codes.count && rows.indices.allSatisfy { rows[$0] == $0 })
    }

    /// The grouping of `rows` only (ascending indices into ``codes``), renumbered densely over
    /// the levels that keep a row, in their original order.
    public func keeping(rows: FrameRows) -> Grouping {
        keeping(rows, everyRowInOrder: rows.count == codes.count)
    }

    private func keeping(_ rows: some Collection<Int>, everyRowInOrder: Bool) -> Grouping {
        var remap = [Int32](repeating: -1, count: count)
        for row in rows { remap[Int(codes[row])] = 0 }
        var used: [String] = []
        for (old, flag) in remap.enumerated() where flag == 0 {
            remap[old] = Int32(used.count)
            used.append(levels[old])
        }
        // Every row kept in order and every level used: nothing changes, and nothing is copied.
        if used.count == count && everyRowInOrder { return self }
        return Grouping(name: name, codes: rows.map { remap[Int(codes[$0])] }, levels: used)
    }
}
