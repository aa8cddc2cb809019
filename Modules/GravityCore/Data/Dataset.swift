/// A table of equally long, named columns: the input of every estimator.
///
/// Column names may be written in any script (`贸易额`, `Life Exp`); lookups are exact, and an
/// unknown name raises ``GravityError/unknownVariable(_:suggestions:)`` with the closest names.
public struct Dataset: Sendable, Equatable {
    /// Column names, in order.
    public private(set) var names: [String]
    /// Columns, in the order of `names`.
    public private(set) var columns: [Column]
    /// Number of rows.
    public private(set) var rowCount: Int
    /// The position of each name in `names`, so that lookups by name take constant time (a
    /// dataset with 100,000 columns is read and described in linear time).
    private var positions: [String: Int]
    /// For text columns that a reader found mostly numeric, the first value that is not a number.
    public private(set) var textOrigins: [String: TextColumnOrigin] = [:]
    /// Names of the columns whose storage ``releaseColumn(_:)`` freed.
    private var releasedColumns: Set<String> = []

    /// An empty dataset with no columns and no rows.
    public init() {
        names = []
        columns = []
        rowCount = 0
        positions = [:]
    }

    /// A dataset from named columns; names must be distinct and all columns equally long.
    public init(_ namedColumns: [(name: String, column: Column)]) throws {
        self.init()
        positions.reserveCapacity(namedColumns.count)
        names.reserveCapacity(namedColumns.count)
        columns.reserveCapacity(namedColumns.count)
        for (name, column) in namedColumns { try addColumn(name, column) }
    }

    /// Appends a column; throws if the name is taken or the length differs from the other columns.
    public mutating func addColumn(_ name: String, _ column: Column) throws {
        if positions[name] != nil { throw GravityError.invalidInput("A column named `\(name)` already exists.") }
        if !columns.isEmpty && column.count != rowCount {
            throw GravityError.invalidInput("Column `\(name)` has \(column.count) rows but the dataset has \(rowCount).")
        }
        if columns.isEmpty { rowCount = column.count }
        positions[name] = names.count
        names.append(name)
        columns.append(column)
    }

    /// Records why the text column `name` is not numeric (see ``TextColumnOrigin``).
    public mutating func setTextOrigin(_ origin: TextColumnOrigin, for name: String) {
        textOrigins[name] = origin
    }

    /// Replaces the column called `name`, or appends it when there is none.
    public mutating func setColumn(_ name: String, _ column: Column) throws {
        if let index = positions[name] {
            guard column.count == rowCount else {
                throw GravityError.invalidInput("Column `\(name)` has \(column.count) rows but the dataset has \(rowCount).")
            }
            columns[index] = column
            textOrigins[name] = nil
            releasedColumns.remove(name)
        } else {
            try addColumn(name, column)
        }
    }

    /// Frees the storage of the column called `name` after its last reader: the model frame
    /// builder, which owns its dataset, frees each column once no later term reads it. The name
    /// stays, so ``hasColumn(_:)`` still answers; reading the column afterwards throws.
    package mutating func releaseColumn(_ name: String) {
        guard let index = positions[name] else { return }
        columns[index] = columns[index].isNumeric ? .numeric([]) : .text(codes: [], levels: [])
        releasedColumns.insert(name)
    }

    /// Whether a column called `name` exists.
    public func hasColumn(_ name: String) -> Bool { positions[name] != nil }

    /// The column called `name`; an unknown name throws with the closest existing names.
    public func column(_ name: String) throws -> Column {
        guard let index = positions[name] else {
            throw GravityError.unknownVariable(name, suggestions: closestMatches(to: name, in: names))
        }
        if !releasedColumns.isEmpty && releasedColumns.contains(name) {
            throw GravityError.invalidInput("Column `\(name)` was read after its storage was released; this is a defect of GravityKit, please report it.")
        }
        return columns[index]
    }

    /// The numeric column called `name`; a text column throws a message saying so.
    public func numeric(_ name: String) throws -> [Double] {
        switch try column(name) {
        case .numeric(let values): return values
        case .text:
            throw GravityError.invalidInput("Column `\(name)` holds text, not numbers." + (textExplanation(name).map { " " + $0 } ?? ""))
        }
    }

    /// The rows for which `keep` returns true, as a new dataset.
    public func filter(_ keep: (Int) throws -> Bool) rethrows -> Dataset {
        var indices: [Int] = []
        for i in 0..<rowCount where try keep(i) { indices.append(i) }
        return selecting(rows: indices)
    }

    /// The given rows, in the order given, as a new dataset.
    public func selecting(rows indices: [Int]) -> Dataset {
        var result = self
        result.columns = columns.map { $0.selecting(rows: indices) }
        result.rowCount = indices.count
        return result
    }
}
