import GravityCore

/// Bytes with a meaning in delimited text.
enum CSVByte {
    static let lineFeed = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    static let quote = UInt8(ascii: "\"")
    static let space = UInt8(ascii: " ")
    static let tab = UInt8(ascii: "\t")

    /// The bytes `[start, end)` without leading and trailing spaces and tabs.
    @inline(__always)
    static func trimmed(_ start: UnsafePointer<UInt8>, _ end: UnsafePointer<UInt8>) -> (UnsafePointer<UInt8>, UnsafePointer<UInt8>) {
        var lower = start
        var upper = end
        while lower < upper && (lower.pointee == space || lower.pointee == tab) { lower += 1 }
        while upper > lower && (upper[-1] == space || upper[-1] == tab) { upper -= 1 }
        return (lower, upper)
    }
}

/// The missing-value tokens, prepared for comparison with raw field bytes.
struct MissingTokens {
    private let tokens: [[UInt8]]
    /// Whether some token reads as a number (such as `-999`), so tokens must be checked before
    /// numbers are parsed.
    let includesNumber: Bool

    init(_ strings: Set<String>) {
        tokens = strings.map { Array($0.utf8) }
        includesNumber = tokens.contains { token in
            token.withUnsafeBufferPointer { buffer in
                guard let start = buffer.baseAddress, !buffer.isEmpty else { return false }
                return DecimalParser.parse(start, start + buffer.count)?.next == start + buffer.count
            }
        }
    }

    /// Whether the bytes `[start, end)`, trimmed of spaces and tabs, are a missing-value token.
    func matches(_ start: UnsafePointer<UInt8>, _ end: UnsafePointer<UInt8>) -> Bool {
        let (lower, upper) = CSVByte.trimmed(start, end)
        let count = upper - lower
        for token in tokens where token.count == count {
            if token.withUnsafeBufferPointer({ zip($0, UnsafeBufferPointer(start: lower, count: count)).allSatisfy(==) }) {
                return true
            }
        }
        return false
    }
}

/// One field located in the input: its contents (without enclosing quotes) and where the byte
/// after it (a delimiter, a line end or the end of input) is.
struct FieldSpan {
    /// Offset of the first content byte.
    var start: Int
    /// Offset just past the last content byte.
    var end: Int
    /// Offset of the delimiter or line end that closes the field.
    var next: Int
    /// Whether the contents hold doubled quotes that stand for one quote each.
    var escaped: Bool
}

/// Splits delimited text into fields following RFC 4180, and words its errors.
///
/// Line ends are LF or CRLF; a carriage return not followed by a line feed is an ordinary byte.
struct CSVScanner {
    /// Start of the input.
    let base: UnsafePointer<UInt8>
    /// Length of the input.
    let count: Int
    /// The field separator.
    let delimiter: UInt8
    /// Column names, for error messages (empty while reading the header).
    let names: [String]
    /// The file name used in errors.
    let source: String

    /// Whether the byte at `offset` ends a field: a delimiter, a line end or the end of input.
    @inline(__always)
    func endsField(at offset: Int, before end: Int) -> Bool {
        if offset >= end { return true }
        let byte = base[offset]
        if byte == delimiter || byte == CSVByte.lineFeed { return true }
        return byte == CSVByte.carriageReturn && offset + 1 < end && base[offset + 1] == CSVByte.lineFeed
    }

    /// The length of the line end at `offset` (1 for LF, 2 for CRLF), or 0 when there is none.
    @inline(__always)
    func lineEndLength(at offset: Int, before end: Int) -> Int {
        guard offset < end else { return 0 }
        if base[offset] == CSVByte.lineFeed { return 1 }
        if base[offset] == CSVByte.carriageReturn && offset + 1 < end && base[offset + 1] == CSVByte.lineFeed { return 2 }
        return 0
    }

    /// Locates the field starting at `offset`; `line` advances past line feeds inside quotes.
    /// `column` is the 0-based field number, for errors.
    @inline(__always)
    func field(at offset: Int, before end: Int, column: Int, line: inout Int) throws -> FieldSpan {
        if offset < end && base[offset] == CSVByte.quote {
            let openingLine = line
            var position = offset + 1
            var escaped = false
            while true {
                guard position < end else {
                    throw error("The quoted field \(describe(column)) has no closing quote.", line: openingLine, column: column)
                }
                let byte = base[position]
                if byte == CSVByte.quote {
                    if position + 1 < end && base[position + 1] == CSVByte.quote {
                        escaped = true
                        position += 2
                        continue
                    }
                    break
                }
                if byte == CSVByte.lineFeed { line += 1 }
                position += 1
            }
            guard endsField(at: position + 1, before: end) else {
                throw error(
                    "Unexpected text after the closing quote of the field \(describe(column)); "
                        + "a quoted field must end at a delimiter or the end of the line.",
                    line: line, column: column)
            }
            return FieldSpan(start: offset + 1, end: position, next: position + 1, escaped: escaped)
        }
        var position = offset
        while position < end {
            let byte = base[position]
            if byte == delimiter || byte == CSVByte.lineFeed { break }
            if byte == CSVByte.carriageReturn && position + 1 < end && base[position + 1] == CSVByte.lineFeed { break }
            if byte == CSVByte.quote {
                throw error(
                    "A quote character inside the unquoted field \(describe(column)); "
                        + "enclose the whole field in quotes and double the quotes inside it.",
                    line: line, column: column)
            }
            position += 1
        }
        return FieldSpan(start: offset, end: position, next: position, escaped: false)
    }

    /// Calls `body` with the contents of `span`, doubled quotes turned into single ones.
    func withContents<R>(of span: FieldSpan, _ body: (UnsafePointer<UInt8>, UnsafePointer<UInt8>) throws -> R) rethrows -> R {
        guard span.escaped else { return try body(base + span.start, base + span.end) }
        var unescaped: [UInt8] = []
        unescaped.reserveCapacity(span.end - span.start)
        var position = span.start
        while position < span.end {
            unescaped.append(base[position])
            position += base[position] == CSVByte.quote ? 2 : 1
        }
        return try unescaped.withUnsafeBufferPointer { buffer in
            let start = buffer.baseAddress!
            return try body(start, start + buffer.count)
        }
    }

    /// "column 3 (`year`)", or "column 3" while the names are unknown.
    func describe(_ column: Int) -> String {
        column < names.count ? "in column \(column + 1) (`\(names[column])`)" : "in column \(column + 1)"
    }

    /// A file-format error at a 1-based physical `line` and 0-based `column`.
    func error(_ message: String, line: Int, column: Int?) -> GravityError {
        GravityError.fileFormat(message, path: source, line: line, column: column.map { $0 + 1 })
    }
}
