import GravityCore
import GravityLinearAlgebra

/// The indicators an index is built from: `n` complete rows by `p` named columns.
///
/// Building one checks what every method needs: at least two distinct indicators, at least two
/// rows, finite values, and no constant indicator. Incomplete rows are dropped (and counted in
/// ``notes``) or refused, as the ``MissingValuePolicy`` says.
public struct IndicatorData: Sendable {
    /// Indicator names, in column order.
    public let names: [String]
    /// The values, one column per indicator.
    public let values: Matrix
    /// For each row, its row in the source (0-based).
    public let rowIndices: [Int]
    /// Number of rows in the source, complete or not.
    public let sourceRowCount: Int
    /// What was dropped and why, in English and Chinese.
    public let notes: [BilingualText]

    /// Number of rows used.
    public var count: Int { values.rows }

    /// The indicators `variables` of `dataset`.
    ///
    /// - Throws: ``GravityError`` for an unknown or text column, fewer than two indicators, a
    ///   constant indicator, or missing values under ``MissingValuePolicy/error``.
    public init(dataset: Dataset, variables: [String], missing: MissingValuePolicy = .drop) throws {
        try Self.requireTwoDistinct(variables)
        let columns = try variables.map { try dataset.numeric($0) }
        try self.init(names: variables, columns: columns, missing: missing)
    }

    /// The columns of `matrix`, named `names`.
    public init(names: [String], matrix: Matrix, missing: MissingValuePolicy = .drop) throws {
        guard names.count == matrix.columns else {
            throw GravityError.invalidInput("\(names.count) names were given for \(matrix.columns) indicator columns.")
        }
        try Self.requireTwoDistinct(names)
        try self.init(names: names, columns: (0..<matrix.columns).map { matrix.column($0) }, missing: missing)
    }

    /// Values already validated by one of the public initialisers.
    init(names: [String], values: Matrix, rowIndices: [Int], sourceRowCount: Int, notes: [BilingualText]) {
        self.names = names
        self.values = values
        self.rowIndices = rowIndices
        self.sourceRowCount = sourceRowCount
        self.notes = notes
    }

    private init(names: [String], columns: [[Double]], missing: MissingValuePolicy) throws {
        let n = columns.first?.count ?? 0
        var complete = [Bool](repeating: true, count: n)
        var missingByIndicator: [(String, Int)] = []
        for (name, column) in zip(names, columns) {
            var count = 0
            for i in 0..<n where !column[i].isFinite {
                count += 1
                complete[i] = false
            }
            if count > 0 { missingByIndicator.append((name, count)) }
        }
        let rows = (0..<n).filter { complete[$0] }
        var notes: [BilingualText] = []
        if rows.count < n {
            let detail = missingByIndicator.map { "\($0.0): \($0.1)" }.joined(separator: ", ")
            let dropped = n - rows.count
            switch missing {
            case .error:
                throw GravityError.invalidInput("\(dropped) of \(n) rows lack a value (\(detail)). Fill the gaps within each unit first with `gravity fill <data> --id <unit> --time <period> --vars \(missingByIndicator.map(\.0).joined(separator: ","))`, or drop incomplete rows with `--missing drop`.")
            case .drop:
                notes.append(BilingualText(
                    "\(dropped) of \(n) rows dropped for missing values (\(detail)); `gravity fill` interpolates gaps within each unit instead.",
                    chinese: "\(n) 行中有 \(dropped) 行因缺失值被删除（\(detail)）；`gravity fill` 可改为在各单位内插补缺口。"))
            }
        }
        guard rows.count >= 2 else {
            throw GravityError.invalidInput("An index needs at least two complete rows; \(rows.count) of \(n) remain.")
        }
        var storage: [Double] = []
        storage.reserveCapacity(rows.count * columns.count)
        for column in columns {
            if rows.count == n { storage.append(contentsOf: column) } else { storage.append(contentsOf: rows.lazy.map { column[$0] }) }
        }
        let values = Matrix(rows: rows.count, columns: columns.count, columnMajor: storage)
        let (minimum, maximum) = ColumnKernels.ranges(values)
        let constant = names.indices.filter { minimum[$0] == maximum[$0] }
        guard constant.isEmpty else {
            let list = constant.map { "`\(names[$0])` (always \(minimum[$0]))" }.joined(separator: ", ")
            throw GravityError.invalidInput("Constant indicator(s): \(list). A constant carries no information and cannot be standardised or normalised; remove it from --vars.")
        }
        self.init(names: names, values: values, rowIndices: rows, sourceRowCount: n, notes: notes)
    }

    /// Throws unless there are at least two indicators and no name is repeated.
    private static func requireTwoDistinct(_ names: [String]) throws {
        guard names.count >= 2 else {
            throw GravityError.invalidInput("A composite index needs at least two indicators; \(names.count) given (\(names.joined(separator: ", "))).")
        }
        var seen = Set<String>()
        for name in names where !seen.insert(name).inserted {
            throw GravityError.invalidInput("Indicator `\(name)` is listed twice.")
        }
    }

    /// The indicators with every cost indicator's sign reversed, so that higher is better for all.
    ///
    /// - Throws: ``GravityError/unknownVariable(_:suggestions:)`` for a cost indicator that is
    ///   not among the indicators.
    public func oriented(costIndicators: [String]) throws -> IndicatorData {
        guard !costIndicators.isEmpty else { return self }
        var values = self.values
        var seen = Set<String>()
        for name in costIndicators where seen.insert(name).inserted {
            guard let j = names.firstIndex(of: name) else {
                throw GravityError.unknownVariable(name, suggestions: closestMatches(to: name, in: names))
            }
            for i in (j * count)..<((j + 1) * count) { values.values[i] = -values.values[i] }
        }
        return IndicatorData(names: names, values: values, rowIndices: rowIndices, sourceRowCount: sourceRowCount, notes: notes)
    }
}
