/// How ``CSVReader`` splits and interprets a delimited text file.
public struct CSVReadOptions: Sendable {
    /// The byte that separates fields: `,` by default, `\t` for tab-separated files. It must be
    /// an ASCII character other than a double quote, carriage return or line feed.
    public var delimiter: UInt8
    /// Field contents that mean "missing", compared after leading and trailing spaces and tabs
    /// are removed; they apply to quoted fields too, so a quoted `"NA"` is also missing.
    public var missingTokens: Set<String>
    /// The missing-value tokens read by default: empty, `NA`, `NaN`, `nan`, `n/a`, `N/A`,
    /// `null`, `NULL` and `.` (the tokens that R, pandas, Stata and SQL exports write).
    public static let standardMissingTokens: Set<String> = ["", "NA", "NaN", "nan", "n/a", "N/A", "null", "NULL", "."]
    /// Whether large files are parsed on all processor cores (the result is the same either way).
    public var parallel: Bool

    /// Options with the given values; the defaults read standard comma-separated files.
    public init(delimiter: UInt8 = UInt8(ascii: ","), missingTokens: Set<String> = CSVReadOptions.standardMissingTokens, parallel: Bool = true) {
        self.delimiter = delimiter
        self.missingTokens = missingTokens
        self.parallel = parallel
    }
}
