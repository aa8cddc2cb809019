/// Why a column read from a file is text although most of its values are numbers: the first
/// field that is not a number, kept by the reader so that every later message can name it.
public struct TextColumnOrigin: Sendable, Equatable {
    /// The 1-based physical line of the file that holds the first value that is not a number.
    public var line: Int
    /// That value, as written (shortened when long).
    public var value: String
    /// Number of non-missing values that are numbers.
    public var numberCount: Int
    /// Number of non-missing values.
    public var valueCount: Int

    /// An origin from its parts.
    public init(line: Int, value: String, numberCount: Int, valueCount: Int) {
        self.line = line
        self.value = value
        self.numberCount = numberCount
        self.valueCount = valueCount
    }

    /// The reason as a clause: "line 37 holds `n/a`, which is not a number (79 of 80 values are numbers)".
    public var reason: String {
        "line \(line) holds `\(value)`, which is not a number (\(numberCount) of \(valueCount) values are numbers)"
    }
}

extension Dataset {
    /// A sentence saying why column `name` is text when the reader found it mostly numeric, or nil.
    public func textExplanation(_ name: String) -> String? {
        textOrigins[name].map { "`\(name)` was read as text because \($0.reason); correct that value or write it as missing (empty, NA, NaN, null, .)." }
    }
}
