import GravityCore

/// Rows alone in their level of some fixed-effect dimension (singletons), dropped repeatedly
/// until none is left, as reghdfe and fixest do: dropping a row can leave another row alone in
/// one of its levels. A singleton's fixed effect fits it perfectly, so it carries no
/// information about the other coefficients but would inflate the degrees of freedom.
public enum SingletonFilter {
    /// The rows that remain: `kept[i]` is false for a dropped row; `droppedCount` counts them.
    public static func keptRows(_ dimensions: [Grouping]) -> (kept: [Bool], droppedCount: Int) {
        let n = dimensions.first?.codes.count ?? 0
        var kept = [Bool](repeating: true, count: n)
        var dropped = 0
        var changed = true
        while changed {
            changed = false
            for dimension in dimensions {
                var counts = [Int32](repeating: 0, count: dimension.count)
                dimension.codes.withUnsafeBufferPointer { c in
                    for i in 0..<n where kept[i] { counts[Int(c[i])] &+= 1 }
                    for i in 0..<n where kept[i] && counts[Int(c[i])] == 1 {
                        kept[i] = false
                        dropped += 1
                        changed = true
                    }
                }
            }
        }
        return (kept, dropped)
    }
}
