import CGravityKit
import GravityKit

/// The caller's `gk_column` array, read lazily: only the columns a request names are copied
/// into a ``Dataset``, each with one contiguous copy and one validating pass.
struct CColumnTable {
    private let columns: UnsafeBufferPointer<gk_column>
    private let rowCount: Int
    /// The column names, in the order passed.
    let names: [String]

    /// Checks the counts and reads the names; a null pointer or a duplicate name is an argument error.
    init(_ pointer: UnsafePointer<gk_column>?, count: Int64, rowCount: Int64) throws {
        guard count >= 0 else { throw CArgumentError("`column_count` is negative (\(count)).") }
        guard rowCount >= 0 else { throw CArgumentError("`row_count` is negative (\(rowCount)).") }
        guard count == 0 || pointer != nil else { throw CArgumentError("`columns` is a null pointer but `column_count` is \(count).") }
        columns = UnsafeBufferPointer(start: pointer, count: Int(count))
        self.rowCount = Int(rowCount)
        var names: [String] = []
        for (index, column) in columns.enumerated() {
            guard let name = column.name else { throw CArgumentError("Column \(index) has no name (`name` is NULL).") }
            let text = String(cString: name)
            if names.contains(text) { throw CArgumentError("Two columns are called `\(text)`.") }
            names.append(text)
        }
        self.names = names
    }

    /// A dataset of the named columns; a name that was not passed throws with the closest passed names.
    func dataset(columns wanted: [String]) throws -> Dataset {
        var dataset = Dataset()
        for name in wanted {
            guard let index = names.firstIndex(of: name) else {
                throw GravityError.unknownVariable(name, suggestions: closestMatches(to: name, in: names))
            }
            try dataset.addColumn(name, column(columns[index], name: name))
        }
        return dataset
    }

    /// One column converted: numbers with missing rows as NaN, or codes with missing rows as -1.
    private func column(_ column: gk_column, name: String) throws -> Column {
        let missing = column.missing.map { UnsafeBufferPointer(start: $0, count: rowCount) }
        switch column.kind {
        case Int32(GK_COLUMN_FLOAT64):
            guard let pointer = column.values else { throw CArgumentError("Column `\(name)` is float64 but `values` is NULL.") }
            var values = Array(UnsafeBufferPointer(start: pointer, count: rowCount))
            for row in values.indices {
                if let missing, missing[row] != 0 { values[row] = .nan; continue }
                if values[row].isInfinite {
                    throw GravityError.invalidInput("Column `\(name)`, row \(row + 1), holds \(values[row]); give finite numbers, with NaN or the missing mask for missing values.")
                }
            }
            return .numeric(values)
        case Int32(GK_COLUMN_CATEGORICAL):
            return try categorical(column, name: name, missing: missing)
        default:
            throw CArgumentError("Column `\(name)` has kind \(column.kind); use GK_COLUMN_FLOAT64 (0) or GK_COLUMN_CATEGORICAL (1).")
        }
    }

    /// A categorical column: labels checked distinct, codes checked in range.
    private func categorical(_ column: gk_column, name: String, missing: UnsafeBufferPointer<UInt8>?) throws -> Column {
        guard let pointer = column.codes else { throw CArgumentError("Column `\(name)` is categorical but `codes` is NULL.") }
        guard column.level_count >= 0, column.level_count == 0 || column.levels != nil else {
            throw CArgumentError("Column `\(name)` has \(column.level_count) levels but `levels` is NULL.")
        }
        var levels: [String] = []
        var seen = Set<String>()
        for index in 0..<Int(column.level_count) {
            guard let label = column.levels![index] else { throw CArgumentError("Level \(index) of column `\(name)` is NULL.") }
            let text = String(cString: label)
            guard seen.insert(text).inserted else { throw CArgumentError("Column `\(name)` lists the level `\(text)` twice.") }
            levels.append(text)
        }
        var codes = Array(UnsafeBufferPointer(start: pointer, count: rowCount))
        let levelCount = Int32(levels.count)
        for row in codes.indices {
            if let missing, missing[row] != 0 { codes[row] = -1; continue }
            guard codes[row] >= -1 && codes[row] < levelCount else {
                throw CArgumentError("Column `\(name)`, row \(row + 1), has code \(codes[row]) but only \(levelCount) levels (-1 is missing).")
            }
        }
        return .text(codes: codes, levels: levels)
    }
}
