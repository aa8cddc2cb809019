#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Growable column-major storage of one chunk's values: a number, `nan` for missing, or (in
/// text columns) a level code stored as a `Double`.
///
/// Each column is a raw buffer so that the parsing loop stores a value with one write; all
/// columns grow together, by doubling, when a row no longer fits.
final class ColumnStore: @unchecked Sendable {
    /// One buffer per column.
    private(set) var columns: UnsafeMutablePointer<UnsafeMutablePointer<Double>>
    /// Number of columns.
    let columnCount: Int
    /// Rows that fit before the next growth.
    private(set) var capacity: Int
    /// Per column, whether its buffer was released (``release(column:)``).
    private let isReleased: UnsafeMutablePointer<Bool>

    /// Storage for `columnCount` columns with room for `rows` rows.
    init(columnCount: Int, rows: Int) {
        self.columnCount = columnCount
        capacity = max(rows, 16)
        columns = .allocate(capacity: columnCount)
        isReleased = .allocate(capacity: columnCount)
        isReleased.initialize(repeating: false, count: columnCount)
        for column in 0..<columnCount {
            columns[column] = ColumnStore.allocateBuffer(capacity)
        }
    }

    deinit {
        for column in 0..<columnCount where !isReleased[column] { free(columns[column]) }
        columns.deallocate()
        isReleased.deallocate()
    }

    /// Frees the buffer of `column` once its values have been copied out; the column must not be
    /// read again. Different columns may be released from different threads.
    func release(column: Int) {
        guard !isReleased[column] else { return }
        isReleased[column] = true
        free(columns[column])
    }

    /// Doubles the capacity of every column, keeping the values.
    func grow() {
        capacity *= 2
        for column in 0..<columnCount {
            guard let moved = realloc(columns[column], capacity * MemoryLayout<Double>.stride) else {
                fatalError("Out of memory while reading a file.")
            }
            columns[column] = moved.assumingMemoryBound(to: Double.self)
        }
    }

    private static func allocateBuffer(_ rows: Int) -> UnsafeMutablePointer<Double> {
        guard let memory = malloc(rows * MemoryLayout<Double>.stride) else {
            fatalError("Out of memory while reading a file.")
        }
        return memory.assumingMemoryBound(to: Double.self)
    }
}
