import GravityCore

/// Reads a data file into a ``Dataset``, choosing the reader by the file's extension.
///
/// `.csv` and `.txt` are comma-separated, `.tsv` is tab-separated (all read by ``CSVReader``
/// with its default options otherwise), and `.dta` is a Stata dataset (``DTAReader``, value
/// labels ignored). The extension is matched without regard to letter case.
public enum DataReader {
    /// The extensions ``read(path:)`` understands.
    public static let supportedExtensions = ["csv", "tsv", "txt", "dta"]

    /// Reads the file at `path`; an unknown extension throws an error listing the supported ones.
    public static func read(path: String) throws -> Dataset {
        let fileName = path.split(separator: "/").last.map(String.init) ?? path
        let dot = fileName.lastIndex(of: ".")
        let fileExtension = dot.map { String(fileName[fileName.index(after: $0)...]).lowercased() } ?? ""
        switch fileExtension {
        case "csv", "txt":
            return try CSVReader.read(path: path)
        case "tsv":
            return try CSVReader.read(path: path, options: CSVReadOptions(delimiter: UInt8(ascii: "\t")))
        case "dta":
            return try DTAReader.read(path: path)
        default:
            let found = fileExtension.isEmpty ? "has no extension" : "has the unsupported extension `.\(fileExtension)`"
            let supported = supportedExtensions.map { "." + $0 }.joined(separator: ", ")
            throw GravityError.fileFormat("The file \(found); supported are \(supported).", path: path, line: nil, column: nil)
        }
    }
}
