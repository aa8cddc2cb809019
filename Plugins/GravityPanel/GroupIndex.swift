import GravityCore

/// Rows labelled by dense group codes (units or periods), with the sums and means that panel
/// transformations are made of. Each operation is one or two passes over the rows.
struct GroupIndex: Sendable {
    /// Group of each row, in `0..<counts.count`.
    let codes: [Int32]
    /// Rows per group.
    let counts: [Int]

    /// Groups from codes; groups with no row are allowed and have mean zero.
    init(codes: [Int32], groupCount: Int) {
        var counts = [Int](repeating: 0, count: groupCount)
        for code in codes { counts[Int(code)] += 1 }
        self.codes = codes
        self.counts = counts
    }

    /// Groups numbered in order of first appearance of each label.
    init(labels: [String]) {
        var index: [String: Int32] = [:]
        let codes = labels.map { label -> Int32 in
            if let code = index[label] { return code }
            let code = Int32(index.count)
            index[label] = code
            return code
        }
        self.init(codes: codes, groupCount: index.count)
    }

    /// The groups of a model-frame grouping.
    init(_ grouping: Grouping) {
        self.init(codes: grouping.codes, groupCount: grouping.count)
    }

    /// Number of groups.
    var groupCount: Int { counts.count }

    /// The sum of `values` in each group.
    func sums(_ values: UnsafeBufferPointer<Double>) -> [Double] {
        var sums = [Double](repeating: 0, count: counts.count)
        sums.withUnsafeMutableBufferPointer { total in
            codes.withUnsafeBufferPointer { c in
                for i in 0..<c.count { total[Int(c[i])] += values[i] }
            }
        }
        return sums
    }

    /// The sum of `values` in each group.
    func sums(_ values: [Double]) -> [Double] {
        values.withUnsafeBufferPointer { sums($0) }
    }

    /// The mean of `values` in each group (zero for an empty group).
    func means(_ values: UnsafeBufferPointer<Double>) -> [Double] {
        var means = sums(values)
        for g in 0..<means.count where counts[g] > 0 { means[g] /= Double(counts[g]) }
        return means
    }

    /// The mean of `values` in each group (zero for an empty group).
    func means(_ values: [Double]) -> [Double] {
        values.withUnsafeBufferPointer { means($0) }
    }

    /// Writes `values[i] - perGroup[group of i]` into `target`.
    func subtract(_ perGroup: [Double], from values: UnsafeBufferPointer<Double>, into target: UnsafeMutableBufferPointer<Double>) {
        perGroup.withUnsafeBufferPointer { g in
            codes.withUnsafeBufferPointer { c in
                for i in 0..<c.count { target[i] = values[i] - g[Int(c[i])] }
            }
        }
    }

    /// One value per group spread to the rows.
    func expand(_ perGroup: [Double]) -> [Double] {
        codes.map { perGroup[Int($0)] }
    }

    /// `values` minus their group means.
    func demeaned(_ values: [Double]) -> [Double] {
        var result = values
        values.withUnsafeBufferPointer { source in
            result.withUnsafeMutableBufferPointer { subtract(means(source), from: source, into: $0) }
        }
        return result
    }

    /// Row indices grouped by group, in their original order within each group.
    func rowsByGroup() -> (rows: [Int], offsets: [Int]) {
        PanelStructure.rowsGroupedByUnit(codes, counts: counts)
    }
}

extension Grouping {
    /// The grouping of `rows` only, renumbered densely over the groups that keep a row.
    func restricted(to rows: [Int]) -> Grouping {
        var remap = [Int32](repeating: -1, count: count)
        var kept: [String] = []
        let codes = rows.map { row -> Int32 in
            let old = Int(self.codes[row])
            if remap[old] < 0 {
                remap[old] = Int32(kept.count)
                kept.append(levels[old])
            }
            return remap[old]
        }
        return Grouping(name: name, codes: codes, levels: kept)
    }
}
