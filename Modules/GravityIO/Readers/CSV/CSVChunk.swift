/// The rows parsed from one chunk of a delimited file's body.
struct CSVChunk {
    /// The bytes of the file that the chunk covers.
    let range: Range<Int>
    /// Physical line number of the chunk's first line (0 when unknown).
    let firstLine: Int
    /// The values, column by column.
    let store: ColumnStore
    /// Number of rows read.
    var rowCount = 0
    /// Per column: the first row stored as a text code, or `nil` while every field was a number
    /// or missing. Rows before it hold numbers until ``CSVChunkParser/recode(_:rowLimits:)``
    /// turns them into codes.
    var textFrom: [Int?]
    /// Per column: the line (numbered as in `firstLine`) and contents of the field that made the
    /// column text in this chunk.
    var textOrigins: [(line: Int, value: String)?]
    /// Number of physical lines the chunk covers.
    var lineCount = 0
    /// Per column: the levels of the text codes stored so far.
    var interners: [ByteInterner]

    /// An empty chunk for `columnCount` columns with room for about `rows` rows.
    init(range: Range<Int>, firstLine: Int, columnCount: Int, rows: Int) {
        self.range = range
        self.firstLine = firstLine
        store = ColumnStore(columnCount: columnCount, rows: rows)
        textFrom = Array(repeating: nil, count: columnCount)
        textOrigins = Array(repeating: nil, count: columnCount)
        interners = Array(repeating: ByteInterner(), count: columnCount)
    }
}
