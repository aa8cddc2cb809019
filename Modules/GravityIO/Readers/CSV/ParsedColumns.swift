#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch

/// The columns of a delimited file while it is parsed: one `[Double]` per column, with a slot for
/// every record the body can hold, that becomes the dataset's column when the file is numeric.
///
/// Chunks parsed concurrently each own a range of rows (sized by the line feeds they hold, an
/// upper bound on their records) and copy their ``ColumnBlock``s in, one copy at a time, so the
/// file's values are stored once. ``closeGaps(_:)`` then moves each chunk's rows up to the end of
/// the previous chunk's (records fewer than line feeds: blank lines, line breaks inside quotes).
final class ParsedColumns: @unchecked Sendable {
    /// Per column: a number, `nan` for missing, or (in text columns) a chunk's level code.
    private var values: [[Double]]
    /// Serialises ``store(_:rows:at:)`` from concurrent chunk parsers.
    private let copies = DispatchQueue(label: "GravityIO.ParsedColumns")

    /// Columns for `columnCount` columns of `rows` slots each (filled with zeros, written over
    /// by the parsers; on all cores when large).
    init(columnCount: Int, rows: Int) {
        if rows >= 1 << 16 && columnCount > 1 {
            values = Parallel.map(columnCount) { _ in [Double](repeating: 0, count: rows) }.map { $0.get() }
        } else {
            values = (0..<columnCount).map { _ in [Double](repeating: 0, count: rows) }
        }
    }

    /// Copies the first `rows` rows of `block` into rows `row ..< row + rows` of every column.
    /// May be called from several threads at once, for disjoint rows.
    func store(_ block: ColumnBlock, rows: Int, at row: Int) {
        guard rows > 0 else { return }
        copies.sync {
            for column in values.indices {
                values[column].withUnsafeMutableBufferPointer { target in
                    precondition(row >= 0 && row + rows <= target.count, "a chunk wrote past its rows")
                    memcpy(target.baseAddress! + row, block.column(column), rows * MemoryLayout<Double>.stride)
                }
            }
        }
    }

    /// The value in `row` of `column`.
    func value(column: Int, row: Int) -> Double { values[column][row] }

    /// Replaces the value in `row` of `column` (one thread only, after parsing).
    func set(_ value: Double, column: Int, row: Int) { values[column][row] = value }

    /// Moves each chunk's rows (`rows.count` slots starting at `rows.lowerBound`, of which the first
    /// `filled` hold records) to follow the previous chunk's records, and drops the unused slots
    /// at the end. Returns each chunk's first row after the move.
    func closeGaps(_ chunks: [(rows: Range<Int>, filled: Int)]) -> [Int] {
        var starts: [Int] = []
        var next = 0
        for chunk in chunks {
            starts.append(next)
            next += chunk.filled
        }
        let total = next
        for column in values.indices {
            values[column].withUnsafeMutableBufferPointer { buffer in
                for (chunk, start) in zip(chunks, starts) where chunk.rows.lowerBound != start && chunk.filled > 0 {
                    memmove(buffer.baseAddress! + start, buffer.baseAddress! + chunk.rows.lowerBound, chunk.filled * MemoryLayout<Double>.stride)
                }
            }
            values[column].removeLast(values[column].count - total)
        }
        return starts
    }

    /// Hands over the values of `column`, which is left empty.
    func take(column: Int) -> [Double] {
        defer { values[column] = [] }
        return values[column]
    }
}
