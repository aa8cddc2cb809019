import GravityCore

/// Reads comma-separated (or otherwise delimited) text into a ``Dataset``.
///
/// - The first non-blank line holds the column names (UTF-8, any script), trimmed of surrounding
///   spaces and tabs. A UTF-8 byte-order mark is skipped. Names must be non-empty and distinct. A
///   header holding a lone carriage return (classic Mac OS line ends) and a comma-separated
///   header that is one name holding tabs (a tab-separated file) are refused with the reason.
/// - Fields follow RFC 4180: a field in double quotes may hold delimiters, line breaks and
///   doubled quotes (`""` for one `"`). Lines end with LF or CRLF; the last line end is optional.
/// - Blank lines are skipped wherever they are, so a trailing blank line is ignored.
/// - A column is numeric when every field that is not a missing-value token (by default empty,
///   `NA`, `NaN`, `nan`, `n/a`, `N/A`, `null`, `NULL` and `.`) is a number: an optional sign,
///   digits with an optional decimal point, and an optional exponent (`-1.5e-3`), possibly
///   surrounded by spaces; `inf` and `infinity` in any letter case are infinite. Numbers are
///   correctly rounded, equal bit for bit to C's `strtod`; a number beyond the range of doubles
///   (`1e400`) is an error naming its line. Otherwise the column is text and every field keeps
///   its exact characters (numbers included), except that missing-value tokens are still
///   missing; when some of its values are numbers, the dataset keeps the first field that is not
///   (``Dataset/textOrigins``) so that messages can name it. A column with no values is numeric.
/// - A file with a header and no rows gives a dataset with zero rows; an empty file is an error.
/// - Errors name the 1-based physical line and field number, and the column name when known.
///
/// Large files are split into chunks of whole records and parsed on all processor cores, each
/// straight into its rows of the final columns (sized by counting line feeds first), so that a
/// file's values are held once while it is read.
public enum CSVReader {
    /// Bodies smaller than this are parsed in one piece.
    static let minimumParallelBytes = 1 << 20

    /// Reads the delimited text file at `path`.
    public static func read(path: String, options: CSVReadOptions = .init()) throws -> Dataset {
        let file = try MappedFile(path: path)
        return try withExtendedLifetime(file) { try parse(file.bytes, source: path, options: options, mapped: true) }
    }

    /// Parses delimited text held in memory; `source` names it in error messages.
    public static func parse(_ bytes: [UInt8], source: String, options: CSVReadOptions = .init()) throws -> Dataset {
        try bytes.withUnsafeBytes { try parse($0, source: source, options: options) }
    }

    /// Parses `buffer`, cutting the body into `chunkCount` pieces (default: one per core for
    /// bodies of at least ``minimumParallelBytes`` when `options.parallel` is set). `mapped`:
    /// the buffer is a read-only file mapping (page-aligned) whose parsed pages may be released.
    static func parse(_ buffer: UnsafeRawBufferPointer, source: String, options: CSVReadOptions, chunkCount: Int? = nil,
                      mapped: Bool = false) throws -> Dataset {
        let delimiter = options.delimiter
        guard delimiter < 0x80, delimiter != CSVByte.quote, delimiter != CSVByte.lineFeed, delimiter != CSVByte.carriageReturn else {
            throw GravityError.invalidOption(
                "The CSV delimiter must be an ASCII character other than a double quote or a line break.")
        }
        guard let raw = buffer.baseAddress, buffer.count > 0 else {
            throw GravityError.fileFormat("The file is empty: its first line must hold the column names.", path: source, line: 1, column: nil)
        }
        let base = raw.assumingMemoryBound(to: UInt8.self)
        let hasByteOrderMark = buffer.count >= 3 && base[0] == 0xEF && base[1] == 0xBB && base[2] == 0xBF
        let headerScanner = CSVScanner(base: base, count: buffer.count, delimiter: delimiter, names: [], source: source)
        let header = try CSVHeader(headerScanner, from: hasByteOrderMark ? 3 : 0)
        let scanner = CSVScanner(base: base, count: buffer.count, delimiter: delimiter, names: header.names, source: source)
        var parser = CSVChunkParser(scanner: scanner, columnCount: header.names.count, missing: MissingTokens(options.missingTokens))
        parser.releasesParsedPages = mapped
        let body = header.bodyStart..<buffer.count

        let parts = chunkCount ?? (options.parallel && body.count >= minimumParallelBytes ? Parallel.coreCount : 1)
        let ranges = parts > 1 ? CSVChunkSplitter.split(base, body: body, parts: parts) : [body]
        let bounds = Parallel.map(ranges.count) { CSVChunkSplitter.recordBound(base, ranges[$0], releasesPages: mapped) }.map { $0.get() }
        var slots: [Range<Int>] = []
        var slotCount = 0
        for bound in bounds {
            slots.append(slotCount..<slotCount + bound)
            slotCount += bound
        }
        let allRows = 0..<slotCount
        let output = ParsedColumns(columnCount: header.names.count, rows: allRows.count)
        var chunks: [CSVChunk]
        if ranges.count == 1 {
            chunks = [try parser.parse(body, firstLine: header.bodyLine, rows: allRows, into: output)]
        } else {
            let results = Parallel.map(ranges.count) { index in try parser.parse(ranges[index], firstLine: 0, rows: slots[index], into: output) }
            if let parsed = try? results.map({ try $0.get() }) {
                chunks = parsed
            } else {
                // Re-parse in one piece so that the first error is reported with its exact line.
                chunks = [try parser.parse(body, firstLine: header.bodyLine, rows: allRows, into: output)]
            }
        }
        let columns = try CSVColumnAssembler.columns(of: &chunks, in: output, parser: parser, bodyLine: header.bodyLine)
        var dataset = try Dataset(zip(header.names, columns).map { (name: $0, column: $1.0) })
        for (name, (_, origin)) in zip(header.names, columns) {
            if let origin { dataset.setTextOrigin(origin, for: name) }
        }
        return dataset
    }
}
