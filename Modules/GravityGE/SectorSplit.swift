import GravityCore

/// The rows of a country-pair table split by a sector column: one table per sector level, in
/// sorted order.
struct SectorSplit {
    /// Sector labels, sorted.
    let sectors: [String]
    /// Per sector, its rows.
    let tables: [Dataset]
    /// Per sector, the 1-based numbers of its rows in the data split.
    let rowNumbers: [[Int]]

    /// Splits `data` by `column`; a row without a sector, or a column with fewer than two levels,
    /// throws with what to do.
    init(_ data: Dataset, column: String) throws {
        let sector = try data.column(column)
        var rows: [String: [Int]] = [:]
        for row in 0..<data.rowCount {
            guard let label = sector.text(at: row) else {
                throw GravityError.invalidInput("Data row \(row + 1) has no sector (`\(column)` is empty); every row of a multi-sector counterfactual needs one.")
            }
            rows[label, default: []].append(row)
        }
        let sectors = rows.keys.sorted()
        guard sectors.count >= 2 else {
            throw GravityError.invalidInput("The sector column `\(column)` has one level (\(sectors.first.map { "`\($0)`" } ?? "none")); drop --sector for a one-sector counterfactual, or give data with several sectors.")
        }
        self.sectors = sectors
        tables = sectors.map { data.selecting(rows: rows[$0]!) }
        rowNumbers = sectors.map { rows[$0]!.map { $0 + 1 } }
    }

    /// Runs `body` for sector `k`, naming the sector in any error it throws.
    func inSector<T>(_ k: Int, _ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as GravityError {
            let prefix = "Sector `\(sectors[k])`: "
            switch error {
            case .invalidInput(let message): throw GravityError.invalidInput(prefix + message)
            case .invalidOption(let message): throw GravityError.invalidOption(prefix + message)
            case .numerical(let message): throw GravityError.numerical(prefix + message)
            default: throw error
            }
        }
    }
}
