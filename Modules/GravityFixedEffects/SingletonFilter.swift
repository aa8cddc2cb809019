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
    ///
    /// The dimensions are checked in turn, cyclically, until each has been checked once since the
    /// last drop (a check drops no row of a level with two or more, so it leaves its own dimension
    /// without singletons). A check counts the rows per level and passes over the rows a second
    /// time only when some level holds one row.
    public static func singletonDimensions(_ dimensions: [Grouping]) -> [Int8] {
        let n = dimensions.first?.codes.count ?? 0
        var droppedIn = [Int8](repeating: -1, count: n)
        guard !dimensions.isEmpty else { return droppedIn }
        var anyDropped = false
        var checkedSinceDrop = 0
        var k = 0
        while checkedSinceDrop < dimensions.count {
            let dimension = dimensions[k], label = Int8(k), skipsDropped = anyDropped
            var counts = [Int32](repeating: 0, count: dimension.count)
            let dropped = counts.withUnsafeMutableBufferPointer { counts in
                dimension.codes.withUnsafeBufferPointer { c in
                    droppedIn.withUnsafeMutableBufferPointer { droppedIn -> Bool in
                        if skipsDropped {
                            for i in 0..<n where droppedIn[i] < 0 { counts[Int(c[i])] &+= 1 }
                        } else {
                            for i in 0..<n { counts[Int(c[i])] &+= 1 }
                        }
                        guard counts.contains(1) else { return false }
                        var found = false
                        for i in 0..<n where droppedIn[i] < 0 && counts[Int(c[i])] == 1 {
                            droppedIn[i] = label
                            found = true
                        }
                        return found
                    }
                }
            }
            if dropped {
                anyDropped = true
                checkedSinceDrop = 1
            } else {
                checkedSinceDrop += 1
            }
            k = (k + 1) % dimensions.count
        }
        return droppedIn
    }
}
