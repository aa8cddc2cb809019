import GravityCore

/// Where each row of a country-pair table sits in the square exporter-by-importer matrix: the
/// countries (exporters and importers, sorted) and, per row, its position `i * n + j`.
public struct BilateralLayout: Sendable {
    /// Country labels, sorted.
    public let countries: [String]
    /// Per data row, its position in the row-major matrix.
    public let positions: [Int]
    /// Per data row, the 1-based row number messages name (its row in the file it came from).
    let rowNumbers: [Int]

    /// The layout of `data`'s `exporter` and `importer` columns; every ordered pair, domestic ones
    /// included, must appear exactly once. `rowNumbers` (1-based) name the rows in messages when
    /// `data` is a selection of a larger table.
    public init(_ data: Dataset, exporter: String, importer: String, rowNumbers: [Int]? = nil) throws {
        let rowNumbers = rowNumbers ?? Array(1...max(data.rowCount, 1))
        let origin = try data.column(exporter), destination = try data.column(importer)
        var labels = Set<String>()
        var pairs: [(String, String)] = []
        pairs.reserveCapacity(data.rowCount)
        for row in 0..<data.rowCount {
            guard let o = origin.text(at: row), let d = destination.text(at: row) else {
                throw GravityError.invalidInput("Data row \(rowNumbers[row]) has no \(origin.text(at: row) == nil ? exporter : importer); every row needs both countries.")
            }
            labels.insert(o)
            labels.insert(d)
            pairs.append((o, d))
        }
        let countries = labels.sorted()
        let index = Dictionary(uniqueKeysWithValues: countries.enumerated().map { ($1, $0) })
        let n = countries.count
        var seen = [Int](repeating: -1, count: n * n)
        var positions = [Int](repeating: 0, count: data.rowCount)
        for (row, pair) in pairs.enumerated() {
            let position = index[pair.0]! * n + index[pair.1]!
            if seen[position] >= 0 {
                throw GravityError.invalidInput("The pair \(pair.0) -> \(pair.1) appears twice (data rows \(rowNumbers[seen[position]]) and \(rowNumbers[row])); give one year (--year) or filter the rows (--where).")
            }
            seen[position] = row
            positions[row] = position
        }
        if let missing = seen.firstIndex(of: -1) {
            let absent = seen.filter { $0 < 0 }.count
            let o = countries[missing / n], d = countries[missing % n]
            let what = o == d ? "the domestic flow of \(o) (\(o) -> \(o)); structural gravity needs every country's domestic sales" : "the flow \(o) -> \(d)"
            throw GravityError.invalidInput("The data lack \(what); \(absent) of the \(n * n) exporter-importer pairs are missing. Give every pair, zero flows included.")
        }
        self.countries = countries
        self.positions = positions
        self.rowNumbers = rowNumbers
    }

    /// The values of one column arranged as a matrix; a missing value names its row and pair.
    public func matrix(_ values: [Double], label: String) throws -> BilateralMatrix {
        let n = countries.count
        var out = [Double](repeating: 0, count: n * n)
        for (row, value) in values.enumerated() {
            let position = positions[row]
            guard value.isFinite else {
                throw GravityError.invalidInput("\(label) is missing or not finite in data row \(rowNumbers[row]) (\(countries[position / n]) -> \(countries[position % n])).")
            }
            out[position] = value
        }
        return BilateralMatrix(count: n, values: out)
    }

    /// The index of `country`; an unknown one throws with the closest labels.
    public func index(of country: String) throws -> Int {
        guard let found = countries.firstIndex(of: country) else {
            throw GravityError.invalidInput("The reference country `\(country)` is not in the data." +
                                            (closestMatches(to: country, in: countries).first.map { " Did you mean `\($0)`?" } ?? ""))
        }
        return found
    }
}
