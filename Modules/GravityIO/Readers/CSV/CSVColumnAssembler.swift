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
/// all chunks are merged and renumbered in order of first appearance, as for every reader, so the
/// result does not depend on how the file was cut.
enum CSVColumnAssembler {
    /// The columns of `chunks`, in file order, each text column with the first field that is not
    /// a number when some of its values are numbers; `bodyLine` is the physical line of the body's
    /// first line.
    static func columns(of chunks: inout [CSVChunk], parser: CSVChunkParser, bodyLine: Int) throws -> [(Column, TextColumnOrigin?)] {
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
        let origins = firstTextFields(frozen, bodyLine: bodyLine)
        // Each chunk buffer is freed as soon as its column is built, so that the file's values are
        // not held twice while the columns are assembled.
        let built = Parallel.map(columnCount) { column -> (Column, TextColumnOrigin?) in
            defer { for chunk in frozen { chunk.store.release(column: column) } }
            guard isText[column] else { return (numericColumn(column, frozen), nil) }
            let text = textColumn(column, frozen)
            return (text, origins[column].flatMap { origin(of: text, firstText: $0) })
        }
        return built.map { $0.get() }
    }

    /// Per column, the absolute line and contents of its first field that is not a number.
    private static func firstTextFields(_ chunks: [CSVChunk], bodyLine: Int) -> [(line: Int, value: String)?] {
        var first = [(line: Int, value: String)?](repeating: nil, count: chunks.first?.textOrigins.count ?? 0)
        var lineOffset = bodyLine
        for chunk in chunks {
            for (column, origin) in chunk.textOrigins.enumerated() where first[column] == nil {
                if let origin { first[column] = (lineOffset + origin.line - chunk.firstLine, origin.value) }
            }
            lineOffset += chunk.lineCount
        }
        return first
    }

    /// The origin of a text column, when some of its values are numbers.
    private static func origin(of column: Column, firstText: (line: Int, value: String)) -> TextColumnOrigin? {
        guard case .text(let codes, let levels) = column else { return nil }
        let isNumber = levels.map { level in
            var bytes = Array(level.utf8)
            return bytes.withUnsafeMutableBufferPointer { buffer in
                guard let start = buffer.baseAddress else { return false }
                return CSVChunkParser.number(start, start + buffer.count) != nil
            }
        }
        guard isNumber.contains(true) else { return nil }
        var numbers = 0, values = 0
        for code in codes where code >= 0 {
            values += 1
            if isNumber[Int(code)] { numbers += 1 }
        }
        return TextColumnOrigin(line: firstText.line, value: firstText.value, numberCount: numbers, valueCount: values)
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

    /// The text codes of `column` over all chunks, with levels merged and numbered in order of
    /// first appearance by ``Column/text(codes:mergingEquivalent:)``.
    private static func textColumn(_ column: Int, _ chunks: [CSVChunk]) -> Column {
        var levels: [String] = []
        var codes: [Int32] = []
        codes.reserveCapacity(chunks.reduce(0) { $0 + $1.rowCount })
        for chunk in chunks {
            let offset = Int32(levels.count)
            levels += chunk.interners[column].levels
            let values = chunk.store.columns[column]
            for row in 0..<chunk.rowCount {
                let value = values[row]
                codes.append(value.isNaN || value < 0 ? -1 : offset + Int32(value))
            }
        }
        return Column.text(codes: codes, mergingEquivalent: levels)
    }
}
