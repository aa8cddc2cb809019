#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GravityCore

/// Joins the chunks of a parsed file into the final columns.
///
/// A column is text when any chunk found text in it. Rows of such a column that a chunk still
/// stored as numbers are re-read as text (``CSVChunkParser/recode(_:rowLimits:)``); the levels of
/// all chunks are merged and renumbered in order of first appearance, so the result does not
/// depend on how the file was cut.
enum CSVColumnAssembler {
    /// The columns of `chunks`, in file order.
    static func columns(of chunks: inout [CSVChunk], parser: CSVChunkParser) throws -> [Column] {
        let columnCount = parser.columnCount
        let isText = (0..<columnCount).map { column in chunks.contains { $0.textFrom[column] != nil } }
        for index in chunks.indices {
            var limits: [Int: Int] = [:]
            for column in 0..<columnCount where isText[column] {
                let upTo = chunks[index].textFrom[column] ?? chunks[index].rowCount
                let values = chunks[index].store.columns[column]
                if (0..<upTo).contains(where: { !values[$0].isNaN }) { limits[column] = upTo }
            }
            if !limits.isEmpty { try parser.recode(&chunks[index], rowLimits: limits) }
        }
        let frozen = chunks
        let built = Parallel.map(columnCount) { column in
            isText[column] ? textColumn(column, frozen) : numericColumn(column, frozen)
        }
        return built.map { $0.get() }
    }

    /// The numbers of `column`, copied chunk after chunk.
    private static func numericColumn(_ column: Int, _ chunks: [CSVChunk]) -> Column {
        let total = chunks.reduce(0) { $0 + $1.rowCount }
        let values = [Double](unsafeUninitializedCapacity: total) { buffer, initialized in
            var offset = 0
            for chunk in chunks {
                memcpy(buffer.baseAddress! + offset, chunk.store.columns[column], chunk.rowCount * MemoryLayout<Double>.stride)
                offset += chunk.rowCount
            }
            initialized = total
        }
        return .numeric(values)
    }

    /// The text codes of `column` over all chunks, with levels in order of first appearance.
    private static func textColumn(_ column: Int, _ chunks: [CSVChunk]) -> Column {
        var levels: [String] = []
        var firstCode: [String: Int32] = [:]
        var codes: [Int32] = []
        codes.reserveCapacity(chunks.reduce(0) { $0 + $1.rowCount })
        for chunk in chunks {
            let chunkLevels = chunk.interners[column].levels
            var global = [Int32](repeating: -1, count: chunkLevels.count)
            let values = chunk.store.columns[column]
            for row in 0..<chunk.rowCount {
                let value = values[row]
                guard !value.isNaN, value >= 0 else {
                    codes.append(-1)
                    continue
                }
                let local = Int(value)
                if global[local] < 0 {
                    let level = chunkLevels[local]
                    if let known = firstCode[level] {
                        global[local] = known
                    } else {
                        global[local] = Int32(levels.count)
                        firstCode[level] = global[local]
                        levels.append(level)
                    }
                }
                codes.append(global[local])
            }
        }
        return .text(codes: codes, levels: levels)
    }
}
