/// The groups of `a^b^c`: one group per observed combination of the columns' groups, as fixest's
/// `^` forms them. Labels join the columns' labels with `_` (`FRA_2006`); groups are ordered by
/// the first column's order, then the second's, and so on.
enum CategoricalCombination {
    /// Combines group codes (`-1` missing) with their labels; a row missing in any column is missing.
    static func combine(_ parts: [(codes: [Int32], levels: [String])]) -> EvaluatedValue {
        var (codes, levels) = parts[0]
        for part in parts.dropFirst() {
            (codes, levels) = pair(codes, levels, part.codes, part.levels)
        }
        return .categorical(codes: codes, levels: levels)
    }

    /// Two groupings combined: keys `a * |b| + b` numbered densely in increasing order, by
    /// counting when the key space is small and by sorting the distinct keys otherwise.
    private static func pair(_ a: [Int32], _ aLevels: [String], _ b: [Int32], _ bLevels: [String]) -> ([Int32], [String]) {
        let n = a.count, width = Int64(bLevels.count)
        var keys = [Int64](repeating: -1, count: n)
        for i in 0..<n where a[i] >= 0 && b[i] >= 0 { keys[i] = Int64(a[i]) * width + Int64(b[i]) }
        let keySpace = Int64(aLevels.count) * width
        let codeOfKey: (Int64) -> Int32
        var distinct: [Int64]
        if keySpace <= Int64(4 * n + 1024) {
            var table = [Int32](repeating: -1, count: Int(keySpace))
            for key in keys where key >= 0 { table[Int(key)] = 0 }
            distinct = []
            for key in 0..<Int(keySpace) where table[key] == 0 {
                table[key] = Int32(distinct.count)
                distinct.append(Int64(key))
            }
            codeOfKey = { table[Int($0)] }
        } else {
            distinct = Array(Set(keys.filter { $0 >= 0 })).sorted()
            var index: [Int64: Int32] = [:]
            index.reserveCapacity(distinct.count)
            for (code, key) in distinct.enumerated() { index[key] = Int32(code) }
            codeOfKey = { index[$0]! }
        }
        let codes = keys.map { $0 < 0 ? Int32(-1) : codeOfKey($0) }
        let levels = distinct.map { aLevels[Int($0 / width)] + "_" + bLevels[Int($0 % width)] }
        return (codes, levels)
    }
}
