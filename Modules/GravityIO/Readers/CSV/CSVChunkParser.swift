/// Parses the data rows of a delimited file, one chunk of whole records at a time.
///
/// Each column starts out numeric. A field that is neither a number nor a missing-value token
/// turns its column into text from that row on; the rows before it are re-read later by
/// ``recode(_:rowLimits:into:)`` only when they held numbers. Numbers are parsed straight from the
/// bytes by ``DecimalParser`` with no intermediate string.
struct CSVChunkParser {
    /// Field splitting and error wording.
    let scanner: CSVScanner
    /// Number of columns in the header.
    let columnCount: Int
    /// The missing-value tokens.
    let missing: MissingTokens
    /// Whether the bytes are a read-only file mapping whose pages may be dropped from memory once
    /// parsed (they are read back from the file if needed again), so that a large file's bytes
    /// do not stay resident beside the values parsed from them.
    var releasesParsedPages = false

    /// Parses the records in `range`, whose first line has physical number `firstLine`, into
    /// `rows` of `output` (at least one slot per record: ``CSVChunkSplitter/recordBound(_:_:releasesPages:)``).
    func parse(_ range: Range<Int>, firstLine: Int, rows: Range<Int>, into output: ParsedColumns) throws -> CSVChunk {
        let base = scanner.base
        let end = range.upperBound
        let lastColumn = columnCount - 1
        let delimiter = scanner.delimiter
        let fastNumbers = !missing.includesNumber
        let powers = PowerOfTenTable.words
        var chunk = CSVChunk(range: range, firstLine: firstLine, rows: rows, columnCount: columnCount)
        let block = ColumnBlock(columnCount: columnCount, rows: rows.count)
        defer { block.deallocate() }
        var isText = [Bool](repeating: false, count: columnCount)
        var position = range.lowerBound
        var line = firstLine
        var row = 0
        var blockStart = 0
        var released = ParsedPages(start: range.lowerBound)
        while position < end {
            if releasesParsedPages && position >= released.nextRelease { released.release(base, upTo: position) }
            let blank = scanner.lineEndLength(at: position, before: end)
            if blank > 0 {
                position += blank
                line += 1
                continue
            }
            precondition(row < rows.count, "more records than line feeds")
            if row - blockStart == block.capacity {
                output.store(block, rows: block.capacity, at: rows.lowerBound + blockStart)
                blockStart = row
            }
            let slot = row - blockStart
            var column = 0
            while true {
                var parsed = false
                if fastNumbers && !isText[column],
                   let (value, next) = DecimalParser.integer(base + position, base + end)
                    ?? DecimalParser.parse(base + position, base + end, powers: powers) {
                    let offset = next - base
                    if scanner.endsField(at: offset, before: end) && value.isFinite {
                        block.column(column)[slot] = value
                        position = offset
                        parsed = true
                    }
                }
                if !parsed {
                    let fieldLine = line
                    let span = try scanner.field(at: position, before: end, column: column, line: &line)
                    block.column(column)[slot] = try scanner.withContents(of: span) { start, stop -> Double in
                        if missing.matches(start, stop) { return isText[column] ? -1 : .nan }
                        if !isText[column] {
                            if let number = CSVChunkParser.number(start, stop) {
                                if number.isInfinite && CSVChunkParser.isDecimal(start, stop) {
                                    throw scanner.error(
                                        "The number `\(CSVChunkParser.excerpt(start, stop))` \(scanner.describe(column)) is beyond the range of "
                                            + "double precision (about ±1.8e308); rescale the column or write the value as missing.",
                                        line: fieldLine, column: column)
                                }
                                return number
                            }
                            isText[column] = true
                            chunk.textFrom[column] = row
                            chunk.textOrigins[column] = (fieldLine, CSVChunkParser.excerpt(start, stop))
                        }
                        return try code(start, stop, in: &chunk.interners[column], line: fieldLine, column: column)
                    }
                    position = span.next
                }
                if column < lastColumn {
                    guard position < end && base[position] == delimiter else {
                        throw scanner.error(
                            "This line has \(column + 1) field\(column == 0 ? "" : "s") but the header has \(columnCount): "
                                + "the field \(scanner.describe(column + 1)) is missing.",
                            line: line, column: column + 1)
                    }
                    position += 1
                    column += 1
                } else {
                    if position < end {
                        if base[position] == delimiter {
                            throw scanner.error(
                                "This line has more fields than the \(columnCount) columns of the header.",
                                line: line, column: columnCount)
                        }
                        position += scanner.lineEndLength(at: position, before: end)
                    }
                    line += 1
                    break
                }
            }
            row += 1
        }
        output.store(block, rows: row - blockStart, at: rows.lowerBound + blockStart)
        chunk.rowCount = row
        chunk.lineCount = line - firstLine
        return chunk
    }

    /// Re-reads the chunk and stores text codes in its rows `0 ..< rowLimits[c]` of each column
    /// `c` named in `rowLimits` (columns that turned out to be text after holding numbers).
    func recode(_ chunk: inout CSVChunk, rowLimits: [Int: Int], into output: ParsedColumns) throws {
        guard let lastRow = rowLimits.values.max() else { return }
        let end = chunk.range.upperBound
        var position = chunk.range.lowerBound
        var line = chunk.firstLine
        var row = 0
        while position < end && row < lastRow {
            let blank = scanner.lineEndLength(at: position, before: end)
            if blank > 0 {
                position += blank
                line += 1
                continue
            }
            for column in 0..<columnCount {
                let fieldLine = line
                let span = try scanner.field(at: position, before: end, column: column, line: &line)
                if let limit = rowLimits[column], row < limit {
                    let value = try scanner.withContents(of: span) { start, stop -> Double in
                        if missing.matches(start, stop) { return -1 }
                        return try code(start, stop, in: &chunk.interners[column], line: fieldLine, column: column)
                    }
                    output.set(value, column: column, row: chunk.rows.lowerBound + row)
                }
                position = span.next + (column < columnCount - 1 ? 1 : 0)
            }
            position += scanner.lineEndLength(at: position, before: end)
            line += 1
            row += 1
        }
    }

    /// The text code of the field contents `[start, stop)`, which must be valid UTF-8.
    private func code(
        _ start: UnsafePointer<UInt8>, _ stop: UnsafePointer<UInt8>, in interner: inout ByteInterner, line: Int, column: Int
    ) throws -> Double {
        let code = interner.code(of: start, count: stop - start) { String(validating: $0, as: UTF8.self) }
        guard let code else {
            throw scanner.error("The field \(scanner.describe(column)) is not valid UTF-8 text.", line: line, column: column)
        }
        return Double(code)
    }

    /// Whether `[start, stop)`, trimmed, is a decimal number (so an infinite value is an overflow,
    /// not the word `inf`).
    static func isDecimal(_ start: UnsafePointer<UInt8>, _ stop: UnsafePointer<UInt8>) -> Bool {
        let (lower, upper) = CSVByte.trimmed(start, stop)
        return DecimalParser.parse(lower, upper)?.next == upper
    }

    /// The field contents `[start, stop)`, trimmed, for a message (at most 40 characters).
    static func excerpt(_ start: UnsafePointer<UInt8>, _ stop: UnsafePointer<UInt8>) -> String {
        let (lower, upper) = CSVByte.trimmed(start, stop)
        let text = String(decoding: UnsafeBufferPointer(start: lower, count: upper - lower), as: UTF8.self)
        return text.count > 40 ? String(text.prefix(37)) + "..." : text
    }

    /// The number written in `[start, stop)` after trimming spaces and tabs: a decimal number,
    /// or `inf`/`infinity` in any letter case with an optional sign; `nil` otherwise (`nan` is
    /// text, not a number).
    static func number(_ start: UnsafePointer<UInt8>, _ stop: UnsafePointer<UInt8>) -> Double? {
        let (lower, upper) = CSVByte.trimmed(start, stop)
        if let (value, next) = DecimalParser.parse(lower, upper), next == upper { return value }
        var word = lower
        var sign = 1.0
        if word < upper && (word.pointee == UInt8(ascii: "-") || word.pointee == UInt8(ascii: "+")) {
            if word.pointee == UInt8(ascii: "-") { sign = -1 }
            word += 1
        }
        guard upper - word == 3 || upper - word == 8 else { return nil }
        let letters = String(decoding: UnsafeBufferPointer(start: word, count: upper - word), as: UTF8.self).lowercased()
        return letters == "inf" || letters == "infinity" ? sign * .infinity : nil
    }
}
