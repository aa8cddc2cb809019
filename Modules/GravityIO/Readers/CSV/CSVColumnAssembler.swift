import GravityCore

/// Joins the chunks of a parsed file into the final columns.
///
/// A column is text when any chunk found text in it. Rows of such a column that a chunk still
/// stored as numbers are re-read as text (``CSVChunkParser/recode(_:rowLimits:into:)``); the levels of
/// all chunks are merged and renumbered in order of first appearance, as for every reader, so the
/// result does not depend on how the file was cut.
enum CSVColumnAssembler {
    /// The columns of `chunks`, whose values are in `output`, in file order, each text column
    /// with the first field that is not a number when some of its values are numbers; `bodyLine`
    /// is the physical line of the body's first line.
    static func columns(of chunks: inout [CSVChunk], in output: ParsedColumns, parser: CSVChunkParser,
                        bodyLine: Int) throws -> [(Column, TextColumnOrigin?)] {
        let columnCount = parser.columnCount
        let starts = output.closeGaps(chunks.map { ($0.rows, $0.rowCount) })
        for index in chunks.indices { chunks[index].rows = starts[index]..<starts[index] + chunks[index].rowCount }
        let isText = (0..<columnCount).map { column in chunks.contains { $0.textFrom[column] != nil } }
        for index in chunks.indices {
            var limits: [Int: Int] = [:]
            for column in 0..<columnCount where isText[column] {
                let upTo = chunks[index].textFrom[column] ?? chunks[index].rowCount
                let first = chunks[index].rows.lowerBound
                if (first..<first + upTo).contains(where: { !output.value(column: column, row: $0).isNaN }) { limits[column] = upTo }
            }
            if !limits.isEmpty { try parser.recode(&chunks[index], rowLimits: limits, into: output) }
        }
        let origins = firstTextFields(chunks, bodyLine: bodyLine)
        // One column at a time: a numeric column is the parsed array itself, and a text column's
        // parsed values are freed once its codes are built.
        return (0..<columnCount).map { column -> (Column, TextColumnOrigin?) in
            let values = output.take(column: column)
            guard isText[column] else { return (.numeric(values), nil) }
            let text = textColumn(column, codes: consume values, chunks)
            return (text, origins[column].flatMap { origin(of: text, firstText: $0) })
        }
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

    /// The text codes of `column` over all chunks (`codes`: each chunk's codes, stored as numbers
    /// in its rows), with levels merged and numbered in order of first appearance by
    /// ``Column/text(codes:mergingEquivalent:)``.
    private static func textColumn(_ column: Int, codes chunkCodes: consuming [Double], _ chunks: [CSVChunk]) -> Column {
        var levels: [String] = []
        var codes = [Int32](repeating: -1, count: chunkCodes.count)
        for chunk in chunks {
            let offset = Int32(levels.count)
            levels += chunk.interners[column].levels
            for row in chunk.rows {
                let value = chunkCodes[row]
                if !value.isNaN && value >= 0 { codes[row] = offset + Int32(value) }
            }
        }
        _ = consume chunkCodes
        return Column.text(codes: codes, mergingEquivalent: levels)
    }
}
