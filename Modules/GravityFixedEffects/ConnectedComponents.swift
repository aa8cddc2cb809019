/// Connected components of the levels of two fixed-effect dimensions, linked by the rows that
/// share them (union-find with path halving). With two dimensions, each component fixes one
/// level's effect arbitrarily, so the fixed effects absorb `levels(a) + levels(b) - components`
/// degrees of freedom, exactly.
struct ConnectedComponents {
    /// Component of each level of the first dimension.
    let first: [Int32]
    /// Component of each level of the second dimension.
    let second: [Int32]
    /// Number of components (levels without rows count as components of their own).
    let count: Int

    init(_ a: [Int32], levelsA: Int, _ b: [Int32], levelsB: Int) {
        var parent = Array(0..<(levelsA + levelsB))
        func root(_ x: Int) -> Int {
            var x = x
            while parent[x] != x {
                parent[x] = parent[parent[x]]
                x = parent[x]
            }
            return x
        }
        for i in 0..<a.count {
            let u = root(Int(a[i])), v = root(levelsA + Int(b[i]))
            if u != v { parent[max(u, v)] = min(u, v) }
        }
        var label = [Int32](repeating: -1, count: parent.count)
        var count = 0
        var components = [Int32](repeating: 0, count: parent.count)
        for x in 0..<parent.count {
            let r = root(x)
            if label[r] < 0 {
                label[r] = Int32(count)
                count += 1
            }
            components[x] = label[r]
        }
        first = Array(components[0..<levelsA])
        second = Array(components[levelsA...])
        self.count = count
    }
}
