/// Value-label tables of a Stata file: for each label name, the text of each labelled integer.
///
/// A table is a 4-byte length, the label name (33 bytes before 118, 129 after), 3 padding bytes,
/// then `n`, the text length, `n` text offsets, `n` values and the NUL-terminated texts. In the
/// tagged layout each table sits in `<lbl>...</lbl>` inside `<value_labels>`; in the legacy
/// layout the tables simply follow the data up to the end of the file.
enum DTAValueLabels {
    /// Reads all value-label tables, starting right after the data (legacy) or the strLs (tagged),
    /// up to the end of the file.
    static func read(_ cursor: inout DTACursor, layout: DTALayout) throws -> [String: [Int32: String]] {
        let nameWidth = layout.release >= 118 ? 129 : 33
        var tables: [String: [Int32: String]] = [:]
        if layout.isTagged {
            try cursor.expect("<value_labels>")
            while cursor.sees("<lbl>") {
                try cursor.expect("<lbl>")
                let (name, table) = try readTable(&cursor, layout: layout, nameWidth: nameWidth)
                tables[name] = table
                try cursor.expect("</lbl>")
            }
            try cursor.expect("</value_labels>")
            try cursor.expect("</stata_dta>")
        } else {
            while cursor.remaining > 0 {
                let (name, table) = try readTable(&cursor, layout: layout, nameWidth: nameWidth)
                tables[name] = table
            }
        }
        return tables
    }

    private static func readTable(_ cursor: inout DTACursor, layout: DTALayout, nameWidth: Int) throws -> (String, [Int32: String]) {
        let length = try cursor.count(4, for: "a value-label table length")
        let name = layout.text(try cursor.take(nameWidth, for: "a value-label name"))
        try cursor.skip(3, for: "value-label padding")
        let start = cursor.offset
        var body = DTACursor(bytes: try cursor.take(length, for: "the value-label table `\(name)`"), path: cursor.path)
        body.bigEndian = cursor.bigEndian
        do {
            let count = try body.count(4, for: "entries", limit: length / 8)
            let textLength = try body.count(4, for: "text")
            let offsets = try (0..<count).map { _ in try body.count(4, for: "offsets", limit: textLength) }
            let values = try (0..<count).map { _ in Int32(bitPattern: UInt32(try body.unsigned(4, for: "values"))) }
            let text = try body.take(textLength, for: "texts")
            var table: [Int32: String] = [:]
            for (value, offset) in zip(values, offsets) {
                table[value] = layout.text(UnsafeRawBufferPointer(rebasing: text[offset...]))
            }
            return (name, table)
        } catch {
            throw cursor.error("The value-label table `\(name)` at byte offset \(start) is damaged.")
        }
    }
}
