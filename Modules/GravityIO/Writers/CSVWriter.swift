import GravityCore

/// Writes a ``Dataset`` as comma-separated UTF-8 text that ``CSVReader`` reads back unchanged.
///
/// - The first line holds the column names; lines end with LF.
/// - Numbers are written in their shortest form that reads back to the same `Double` (`3`,
///   `0.1`, `1e-07`, `inf`); missing values are empty fields.
/// - A name or text value is enclosed in double quotes when it is empty or contains a comma, a
///   quote or a line break, with inner quotes doubled.
/// - In a dataset with a single column a missing value is written as `""`, because a blank
///   line would be skipped by the reader.
///
/// Text that looks like a number or a missing-value token (such as `NA`) reads back as a number
/// or as missing; CSV cannot tell them apart.
public enum CSVWriter {
    /// Writes `dataset` to the file at `path` through ``OutputFile`` (the old file survives a failure).
    public static func write(_ dataset: Dataset, to path: String) throws {
        try OutputFile.write(encode(dataset), to: path)
    }

    /// The dataset as comma-separated text.
    public static func string(_ dataset: Dataset) -> String {
        String(decoding: encode(dataset), as: UTF8.self)
    }

    /// The UTF-8 bytes of the CSV text.
    private static func encode(_ dataset: Dataset) -> [UInt8] {
        var out: [UInt8] = []
        guard !dataset.names.isEmpty else { return out }
        for (index, name) in dataset.names.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            appendField(name, to: &out)
        }
        out.append(UInt8(ascii: "\n"))
        let single = dataset.columns.count == 1
        for row in 0..<dataset.rowCount {
            for (index, column) in dataset.columns.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                guard let text = column.text(at: row) else {
                    if single { out.append(contentsOf: [CSVByte.quote, CSVByte.quote]) }
                    continue
                }
                if column.isNumeric {
                    out.append(contentsOf: text.utf8)
                } else {
                    appendField(text, to: &out)
                }
            }
            out.append(UInt8(ascii: "\n"))
        }
        return out
    }

    /// Appends `text`, quoted when it would otherwise not read back as the same field.
    private static func appendField(_ text: String, to out: inout [UInt8]) {
        let utf8 = text.utf8
        let needsQuotes = text.isEmpty
            || utf8.contains { $0 == UInt8(ascii: ",") || $0 == CSVByte.quote || $0 == CSVByte.lineFeed || $0 == CSVByte.carriageReturn }
        guard needsQuotes else {
            out.append(contentsOf: utf8)
            return
        }
        out.append(CSVByte.quote)
        for byte in utf8 {
            if byte == CSVByte.quote { out.append(CSVByte.quote) }
            out.append(byte)
        }
        out.append(CSVByte.quote)
    }
}
