/// A small column-major block of parsed values that one chunk parser fills before copying it into
/// the file's ``ParsedColumns``: a number, `nan` for missing, or (in text columns) a level code
/// stored as a `Double`.
///
/// The block is a few hundred kilobytes, so the parser writes to cache-resident memory and the
/// file's values are held once, in the final columns.
struct ColumnBlock {
    /// Bytes aimed at per block (all columns together).
    static let targetBytes = 1 << 18
    /// Start of column `c`'s rows is `values + c * capacity`.
    let values: UnsafeMutablePointer<Double>
    /// Number of columns.
    let columnCount: Int
    /// Rows the block holds.
    let capacity: Int

    /// A block for `columnCount` columns holding up to `rows` rows (at most about
    /// ``targetBytes``, and at least one row).
    init(columnCount: Int, rows: Int) {
        self.columnCount = columnCount
        capacity = max(1, min(rows, Self.targetBytes / (MemoryLayout<Double>.stride * max(columnCount, 1))))
        values = .allocate(capacity: columnCount * capacity)
    }

    /// The rows of `column`.
    @inline(__always)
    func column(_ column: Int) -> UnsafeMutablePointer<Double> { values + column * capacity }

    /// Frees the block.
    func deallocate() { values.deallocate() }
}
