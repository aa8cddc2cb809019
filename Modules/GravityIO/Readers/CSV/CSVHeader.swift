/// The header row of a delimited file: the column names and where the data rows begin.
struct CSVHeader {
    /// Column names, in order.
    let names: [String]
    /// Offset of the first byte after the header line.
    let bodyStart: Int
    /// Physical line number (1-based) of the first line after the header.
    let bodyLine: Int

    /// Reads the first non-blank line starting at `offset` as column names.
    ///
    /// Names are trimmed of surrounding spaces and tabs (so ` gdp` and `gdp` are the same name).
    /// Throws when there is no such line (an empty file), when a name is empty, repeated, or not
    /// valid UTF-8, when the header holds a lone carriage return (a file with classic Mac OS line
    /// ends), when a comma-separated header is one name holding tabs (a tab-separated file named
    /// `.csv`), and for the quoting errors of ``CSVScanner/field(at:before:column:line:)``.
    init(_ scanner: CSVScanner, from offset: Int) throws {
        var position = offset
        var line = 1
        let end = scanner.count
        while true {
            let lineEnd = scanner.lineEndLength(at: position, before: end)
            if lineEnd == 0 { break }
            position += lineEnd
            line += 1
        }
        guard position < end else {
            throw scanner.error("The file is empty: its first line must hold the column names.", line: line, column: nil)
        }
        let headerLine = line
        var names: [String] = []
        var seen: [String: Int] = [:]
        while true {
            let column = names.count
            let span = try scanner.field(at: position, before: end, column: column, line: &line)
            let name = try scanner.withContents(of: span) { start, stop -> String in
                let (lower, upper) = CSVByte.trimmed(start, stop)
                guard let name = String(validating: UnsafeBufferPointer(start: lower, count: upper - lower), as: UTF8.self) else {
                    throw scanner.error("The name of column \(column + 1) is not valid UTF-8.", line: headerLine, column: column)
                }
                guard lower < upper else {
                    throw scanner.error(
                        "Column \(column + 1) has no name in the header row; every column needs a distinct name.",
                        line: headerLine, column: column)
                }
                return name
            }
            if let first = seen[name] {
                throw scanner.error(
                    "Column \(column + 1) repeats the name `\(name)` of column \(first + 1) (spaces around names are ignored); "
                        + "column names must be distinct.",
                    line: headerLine, column: column)
            }
            if name.utf8.contains(CSVByte.carriageReturn) {
                throw scanner.error(
                    "The header holds a carriage return that does not end a line: the file seems to use carriage returns alone as "
                        + "line ends (classic Mac OS). Convert them to line feeds (for example `tr '\\r' '\\n'`) and read it again.",
                    line: headerLine, column: column)
            }
            seen[name] = column
            names.append(name)
            position = span.next
            if position < end && scanner.base[position] == scanner.delimiter {
                position += 1
                continue
            }
            position += scanner.lineEndLength(at: position, before: end)
            line += 1
            break
        }
        if names.count == 1, scanner.delimiter != CSVByte.tab, names[0].utf8.contains(CSVByte.tab) {
            throw scanner.error(
                "The header has a single column whose name holds tabs: the file looks tab-separated. Name it .tsv "
                    + "(or read it with a tab as the delimiter).",
                line: headerLine, column: nil)
        }
        self.names = names
        bodyStart = position
        bodyLine = line
    }
}
