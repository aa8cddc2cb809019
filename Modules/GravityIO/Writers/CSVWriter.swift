#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
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
    /// Writes `dataset` to the file at `path`, replacing any existing file.
    public static func write(_ dataset: Dataset, to path: String) throws {
        let bytes = encode(dataset)
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw failure("Cannot create the file", path: path) }
        defer { close(descriptor) }
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { systemWrite(descriptor, $0.baseAddress! + written, bytes.count - written) }
            if result < 0 {
                if errno == EINTR { continue }
                throw failure("Cannot write the file", path: path)
            }
            written += result
        }
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

    private static func systemWrite(_ descriptor: Int32, _ start: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        return Glibc.write(descriptor, start, count)
        #else
        return Darwin.write(descriptor, start, count)
        #endif
    }

    private static func failure(_ what: String, path: String) -> GravityError {
        GravityError.fileFormat("\(what): \(String(cString: strerror(errno))).", path: path, line: nil, column: nil)
    }
}
