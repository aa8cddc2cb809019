import GravityCore

/// Reads Stata `.dta` datasets into a ``Dataset``.
///
/// Supported are releases 113, 114 and 115 (Stata 8 to 12) and 117, 118 and 119 (Stata 13 and
/// later), in either byte order.
/// - `byte`, `int`, `long`, `float` and `double` variables become numeric columns (a `float` is
///   widened to `Double` exactly); every Stata missing value (`.`, `.a` ... `.z`) becomes `nan`.
/// - `str#` and `strL` variables become text columns, cut at the first NUL byte and decoded as
///   UTF-8 from release 118 on (invalid bytes become U+FFFD) and as Latin-1 before; empty strings,
///   which are Stata's missing strings, become missing. Values equal under Unicode canonical
///   equivalence are one level, as in ``CSVReader``.
/// - Two variables with the same name are an error naming the file.
/// - Value labels are dropped or turned into text, as ``DTAReadOptions/valueLabels`` says; a
///   variable whose label table is absent from the file keeps its numbers.
/// - Unsupported releases, damaged and truncated files raise
///   ``GravityError/fileFormat(_:path:line:column:)`` naming the file and the byte offset.
public enum DTAReader {
    /// Reads the Stata dataset at `path`.
    public static func read(path: String, options: DTAReadOptions = .init()) throws -> Dataset {
        let file = try MappedFile(path: path)
        return try withExtendedLifetime(file) { try read(file.bytes, path: path, options: options) }
    }

    /// Reads a Stata dataset held in `bytes`; `path` names it in errors.
    static func read(_ bytes: UnsafeRawBufferPointer, path: String, options: DTAReadOptions) throws -> Dataset {
        var cursor = DTACursor(bytes: bytes, path: path)
        guard cursor.remaining > 0 else { throw cursor.error("The file is empty.") }
        let layout: DTALayout
        if cursor.sees("<stata_dta>") {
            layout = try DTATaggedHeader.read(&cursor)
        } else if (113...115).contains(bytes[0]) {
            layout = try DTALegacyHeader.read(&cursor, release: Int(bytes[0]))
        } else {
            throw unsupported("\(bytes[0])", at: 0, cursor: cursor)
        }
        let (dataBytes, overflow) = layout.observationCount.multipliedReportingOverflow(by: layout.recordWidth)
        guard !overflow else { throw cursor.error("The observation count \(layout.observationCount) is not plausible; the file is damaged.") }
        let data = try cursor.take(dataBytes, for: "the data (\(layout.observationCount) observations)")
        let raw = DTAData.columns(data, layout: layout, bigEndian: cursor.bigEndian)
        let strLs = layout.isTagged ? try DTAStrLTable.read(&cursor, layout: layout) : [:]
        let tables = try DTAValueLabels.read(&cursor, layout: layout)
        let labels = options.valueLabels == .asText ? tables : [:]

        var firstIndex: [String: Int] = [:]
        for (index, name) in layout.names.enumerated() {
            if let first = firstIndex[name] {
                throw cursor.error(
                    "Variables \(first + 1) and \(index + 1) are both named `\(name)`; Stata names are unique, so the file is damaged "
                        + "or was not written by Stata. Rename one of them.")
            }
            firstIndex[name] = index
        }
        var dataset = Dataset()
        for (index, column) in raw.enumerated() {
            let name = layout.names[index]
            switch column {
            case .numeric(let values):
                if let table = labels[layout.valueLabelNames[index]] {
                    try dataset.addColumn(name, labelled(values, table: table))
                } else {
                    try dataset.addColumn(name, .numeric(values))
                }
            case .text(let codes, let levels):
                try dataset.addColumn(name, .text(codes: codes, mergingEquivalent: levels))
            case .strL(let references):
                try dataset.addColumn(name, .text(try DTAStrLTable.column(references, table: strLs, name: name, cursor: cursor)))
            }
        }
        return dataset
    }

    /// The numbers in `values` as text: the label of each labelled value, the printed number
    /// otherwise; missing values stay missing.
    private static func labelled(_ values: [Double], table: [Int32: String]) -> Column {
        let numbers = Column.numeric(values)
        var cache: [Double: String] = [:]
        return .text(values.indices.map { row -> String? in
            let value = values[row]
            if value.isNaN { return nil }
            if let known = cache[value] { return known }
            let text = Int32(exactly: value).flatMap { table[$0] } ?? numbers.text(at: row)!
            cache[value] = text
            return text
        })
    }

    /// The error for a file whose release is not supported.
    static func unsupported(_ release: String, at offset: Int, cursor: DTACursor) -> GravityError {
        cursor.error(
            "Unsupported Stata format `\(release)` at byte offset \(offset): GravityKit reads .dta releases "
                + "113, 114, 115, 117, 118 and 119 (in Stata, `saveold` writes a supported release).")
    }
}
