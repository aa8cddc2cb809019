import GravityCore

/// Rows alone in their level of some fixed-effect dimension (singletons), dropped repeatedly
/// until none is left, as reghdfe and fixest do: dropping a row can leave another row alone in
/// one of its levels. A singleton's fixed effect fits it perfectly, so it carries no
/// information about the other coefficients but would inflate the degrees of freedom.
public enum SingletonFilter {
    /// The rows that remain: `kept[i]` is false for a dropped row; `droppedCount` counts them.
    public static func keptRows(_ dimensions: [Grouping]) -> (kept: [Bool], droppedCount: Int) {
        let dimension = singletonDimensions(dimensions)
        var dropped = 0
        let kept = dimension.map { index -> Bool in
            if index >= 0 { dropped += 1 }
            return index < 0
        }
        return (kept, dropped)
    }

    /// For each row, the dimension (index into `dimensions`) in which it was found alone and
    /// dropped, or -1 for a row that remains.
    public static func singletonDimensions(_ dimensions: [Grouping]) -> [Int8] {
        let n = dimensions.first?.codes.count ?? 0
        var droppedIn = [Int8](repeating: -1, count: n)
        var changed = true
        while changed {
            changed = false
            for (k, dimension) in dimensions.enumerated() {
                var counts = [Int32](repeating: 0, count: dimension.count)
                dimension.codes.withUnsafeBufferPointer { c in
                    for i in 0..<n where droppedIn[i] < 0 { counts[Int(c[i])] &+= 1 }
                    for i in 0..<n where droppedIn[i] < 0 && counts[Int(c[i])] == 1 {
                        droppedIn[i] = Int8(k)
                        changed = true
                    }
                }
            }
        }
        return droppedIn
    }
}
