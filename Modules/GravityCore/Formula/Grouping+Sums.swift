extension Grouping {
    /// A grouping of labelled rows, levels numbered in order of first appearance (for groups
    /// that only need to be told apart, such as the units of residuals read back from a result).
    public init(name: String, labels: [String]) {
        var index: [String: Int32] = [:]
        var levels: [String] = []
        let codes = labels.map { label -> Int32 in
            if let code = index[label] { return code }
            let code = Int32(levels.count)
            index[label] = code
            levels.append(label)
            return code
        }
        self.init(name: name, codes: codes, levels: levels)
    }

    /// Rows per group (one pass over the rows: keep the result rather than calling it in a loop).
    public func rowCounts() -> [Int] {
        var counts = [Int](repeating: 0, count: count)
        for code in codes { counts[Int(code)] += 1 }
        return counts
    }

    /// The sum of `values` (rows aligned) in each group.
    public func sums(_ values: UnsafeBufferPointer<Double>) -> [Double] {
        var sums = [Double](repeating: 0, count: count)
        sums.withUnsafeMutableBufferPointer { total in
            codes.withUnsafeBufferPointer { c in
                for i in 0..<c.count { total[Int(c[i])] += values[i] }
            }
        }
        return sums
    }

    /// The sum of `values` (rows aligned) in each group.
    public func sums(_ values: [Double]) -> [Double] {
        values.withUnsafeBufferPointer { sums($0) }
    }

    /// The mean of `values` (rows aligned) in each group; zero for a group without rows.
    public func means(_ values: UnsafeBufferPointer<Double>) -> [Double] {
        var means = sums(values)
        for (g, rows) in rowCounts().enumerated() where rows > 0 { means[g] /= Double(rows) }
        return means
    }

    /// The mean of `values` (rows aligned) in each group; zero for a group without rows.
    public func means(_ values: [Double]) -> [Double] {
        values.withUnsafeBufferPointer { means($0) }
    }

    /// Writes `values[i] - perGroup[group of i]` into `target` (rows aligned).
    public func subtract(_ perGroup: [Double], from values: UnsafeBufferPointer<Double>, into target: UnsafeMutableBufferPointer<Double>) {
        perGroup.withUnsafeBufferPointer { g in
            codes.withUnsafeBufferPointer { c in
                for i in 0..<c.count { target[i] = values[i] - g[Int(c[i])] }
            }
        }
    }

    /// `values` minus their group means.
    public func demeaned(_ values: [Double]) -> [Double] {
        var result = values
        values.withUnsafeBufferPointer { source in
            result.withUnsafeMutableBufferPointer { subtract(means(source), from: source, into: $0) }
        }
        return result
    }

    /// One value per group spread to the rows.
    public func expand(_ perGroup: [Double]) -> [Double] {
        codes.map { perGroup[Int($0)] }
    }

    /// Row indices grouped by group with a counting sort: group `g`'s rows are
    /// `rows[offsets[g]..<offsets[g + 1]]`, in their original order.
    public func rowsByGroup() -> (rows: [Int], offsets: [Int]) {
        let counts = rowCounts()
        var offsets = [Int](repeating: 0, count: count + 1)
        for g in 0..<count { offsets[g + 1] = offsets[g] + counts[g] }
        var next = Array(offsets.dropLast())
        var rows = [Int](repeating: 0, count: codes.count)
        for i in 0..<codes.count {
            let g = Int(codes[i])
            rows[next[g]] = i
            next[g] += 1
        }
        return (rows, offsets)
    }

    /// The groups of every observed combination of this grouping's and `other`'s levels (rows
    /// aligned), numbered in order of first appearance and named `a^b`; for example the
    /// intersection of two cluster columns.
    public func intersected(with other: Grouping) -> Grouping {
        precondition(codes.count == other.codes.count, "Groupings must be aligned")
        var index: [Int64: Int32] = [:]
        var levels: [String] = []
        var codes = [Int32](repeating: 0, count: self.codes.count)
        for i in 0..<codes.count {
            let a = self.codes[i], b = other.codes[i]
            let key = Int64(a) << 32 | Int64(b)
            if let code = index[key] {
                codes[i] = code
            } else {
                let code = Int32(levels.count)
                index[key] = code
                levels.append(self.levels[Int(a)] + "^" + other.levels[Int(b)])
                codes[i] = code
            }
        }
        return Grouping(name: name + "^" + other.name, codes: codes, levels: levels)
    }
}
