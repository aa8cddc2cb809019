/// The rows parsed from one chunk of a delimited file's body, whose values are in rows
/// `rows.lowerBound ..< rows.lowerBound + rowCount` of the file's ``ParsedColumns``.
struct CSVChunk {
    /// The bytes of the file that the chunk covers.
    let range: Range<Int>
    /// Physical line number of the chunk's first line (0 when unknown).
    let firstLine: Int
    /// The rows of ``ParsedColumns`` reserved for the chunk: one per line feed it holds, at least
    /// as many as its records.
    var rows: Range<Int>
    /// Number of rows read.
    var rowCount = 0
    /// Per column: the first row stored as a text code, or `nil` while every field was a number
    /// or missing. Rows before it hold numbers until ``CSVChunkParser/recode(_:rowLimits:into:)``
    /// turns them into codes.
    var textFrom: [Int?]
    /// Per column: the line (numbered as in `firstLine`) and contents of the field that made the
    /// column text in this chunk.
    var textOrigins: [(line: Int, value: String)?]
    /// Number of physical lines the chunk covers.
    var lineCount = 0
    /// Per column: the levels of the text codes stored so far.
    var interners: [ByteInterner]

    /// An empty chunk for `columnCount` columns whose values go to `rows`.
    init(range: Range<Int>, firstLine: Int, rows: Range<Int>, columnCount: Int) {
        self.range = range
        self.firstLine = firstLine
        self.rows = rows
        textFrom = Array(repeating: nil, count: columnCount)
        textOrigins = Array(repeating: nil, count: columnCount)
        interners = Array(repeating: ByteInterner(), count: columnCount)
    }
}
