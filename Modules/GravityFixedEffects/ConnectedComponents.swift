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
        var parent = (0..<Int32(levelsA + levelsB)).map { $0 }
        var components = [Int32](repeating: 0, count: parent.count)
        var count = 0
        parent.withUnsafeMutableBufferPointer { parent in
            func root(_ x: Int32) -> Int32 {
                var x = x
                while parent[Int(x)] != x {
                    parent[Int(x)] = parent[Int(parent[Int(x)])]
                    x = parent[Int(x)]
                }
                return x
            }
            a.withUnsafeBufferPointer { a in
                b.withUnsafeBufferPointer { b in
                    let shift = Int32(levelsA)
                    for i in 0..<a.count {
                        let u = root(a[i]), v = root(shift &+ b[i])
                        if u != v { parent[Int(max(u, v))] = min(u, v) }
                    }
                }
            }
            // Roots are the smallest level of their component, so a level's root comes first.
            for x in 0..<parent.count {
                let r = Int(root(Int32(x)))
                if r == x {
                    components[x] = Int32(count)
                    count += 1
                } else {
                    components[x] = components[r]
                }
            }
        }
        first = Array(components[0..<levelsA])
        second = Array(components[levelsA...])
        self.count = count
    }
}
