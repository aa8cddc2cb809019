import GravityLinearAlgebra

extension ResidualRows {
    /// The heteroskedasticity-consistent meat `sum_i (w_i e_i)^2 x_i x_i' / (1 - h_i)^power`,
    /// with the leverage `h_i = w_i x_i' B x_i` (`B` the bread) computed per row when `power`
    /// is 1 (HC2) or 2 (HC3); one pass on every core, nothing stored per row.
    func heteroskedasticMeat(bread: Matrix, leveragePower power: Int) -> Matrix {
        let k = columnCount, pairs = k * (k + 1) / 2, b = coefficients, breadValues = bread.values
        let sums = withColumns { c, offsets, w in
            let shared = SharedPointers(columns: c, weights: w)
            return RowBlocks.sweep(0..<rowCount, partialCount: pairs) { block, partial in
                withUnsafeTemporaryAllocation(of: Double.self, capacity: k) { x in
                    for i in block {
                        let weight = shared.weights?[i] ?? 1
                        for j in 0..<k { x[j] = shared.columns[offsets[j] + i] }
                        let u = weight * Self.residual(i, shared.columns, offsets, b)
                        var scale = u * u
                        if power > 0 {
                            var h = 0.0
                            for a in 0..<k {
                                var row = 0.0
                                for c in 0..<k { row += breadValues[c * k + a] * x[c] }
                                h += x[a] * row
                            }
                            let complement = 1 - weight * h
                            scale /= power == 1 ? complement : complement * complement
                        }
                        var slot = 0
                        for a in 0..<k {
                            let scaled = scale * x[a]
                            for c in 0...a {
                                partial[slot] += scaled * x[c]
                                slot += 1
                            }
                        }
                    }
                }
            }
        }
        return GramMatrix.symmetric(packedLowerTriangle: sums, size: k)
    }

    /// The per-cluster score sums `s_g = sum_{i in g} w_i e_i x_i` (a clusters-by-k matrix), in
    /// one pass that computes each row's residual on the way.
    func clusterScores(codes: [Int32], clusterCount: Int) -> Matrix {
        precondition(codes.count == rowCount, "One cluster code per row")
        let k = columnCount
        var scores = Matrix(rows: clusterCount, columns: k)
        withColumns { c, offsets, w in
            scores.values.withUnsafeMutableBufferPointer { s in
                codes.withUnsafeBufferPointer { g in
                    for i in 0..<rowCount {
                        let u = (w?[i] ?? 1) * Self.residual(i, c, offsets, coefficients), cluster = Int(g[i])
                        for j in 0..<k { s[j * clusterCount + cluster] += c[offsets[j] + i] * u }
                    }
                }
            }
        }
        return scores
    }
}
