/// Ascending positions taken from `0..<total` (the input rows a model frame keeps, or the rows
/// of a frame that a later step keeps), held compactly: nothing at all when every position is
/// taken (the common case: complete data), else four bytes per position taken.
///
/// It reads like `[Int]`: `rows[k]`, `count`, `map`, `enumerated()`. Positions must lie below
/// ``maximumTotal``; ``ModelFrame`` refuses larger datasets.
public struct FrameRows: RandomAccessCollection, Sendable, Equatable, ExpressibleByArrayLiteral {
    /// The largest `total` whose positions fit the compact storage (2^31 - 1).
    public static let maximumTotal = Int(Int32.max)

    /// The positions taken, or nil when they are every position of `0..<count`.
    private let selected: [Int32]?
    /// Number of positions taken.
    public let count: Int

    /// Every position of `0..<total`, stored as the count alone.
    public init(every total: Int) {
        precondition(total >= 0, "A row count is not negative")
        selected = nil
        count = total
    }

    /// The positions `k` of `0..<total` where `isKept(k)` holds, in ascending order; every
    /// position when all are kept.
    public init(total: Int, where isKept: (Int) throws -> Bool) rethrows {
        precondition(total <= Self.maximumTotal, "At most 2^31 - 1 rows can be selected")
        var positions: [Int32] = []
        for k in 0..<total where try isKept(k) { positions.append(Int32(truncatingIfNeeded: k)) }
        if positions.count == total { self.init(every: total) } else { self.init(positions: positions) }
    }

    /// The positions where `kept` is true.
    public init(kept: [Bool]) {
        if kept.contains(false) { self.init(total: kept.count) { kept[$0] } } else { self.init(every: kept.count) }
    }

    /// Positions given in ascending order, each below ``maximumTotal`` (a literal in tests).
    public init(arrayLiteral positions: Int...) {
        precondition(zip(positions, positions.dropFirst()).allSatisfy { $0 < $1 }, "Positions ascend")
        precondition(positions.allSatisfy { $0 >= 0 && $0 < Self.maximumTotal }, "Positions lie in 0..<2^31 - 1")
        self.init(positions: positions.map { Int32($0) })
    }

    /// The first position's index, 0.
    public var startIndex: Int { 0 }

    /// The number of positions taken.
    public var endIndex: Int { count }

    /// The `k`-th position taken.
    @inline(__always)
    public subscript(k: Int) -> Int {
        guard let selected else {
            precondition(k >= 0 && k < count, "Index out of range")
            return k
        }
        return Int(selected[k])
    }

    /// Whether every position of `0..<count` is taken, so that values aligned to these rows are
    /// the values of all rows, in order.
    public var isEveryRow: Bool { selected == nil }

    /// The positions at `kept` (indices into this collection, ascending): the input rows of the
    /// rows a later step keeps.
    public func selecting(_ kept: FrameRows) -> FrameRows {
        guard let selected else { return kept }
        if kept.isEveryRow && kept.count == count { return self }
        return FrameRows(positions: kept.map { selected[$0] })
    }

    private init(positions: [Int32]) {
        selected = positions
        count = positions.count
    }

    /// Equal when they hold the same positions, however stored.
    public static func == (lhs: FrameRows, rhs: FrameRows) -> Bool {
        if lhs.isEveryRow && rhs.isEveryRow { return lhs.count == rhs.count }
        return lhs.elementsEqual(rhs)
    }
}
