import GravityCore

extension CompositeIndexResult {
    /// `target` with the index added as the column `name`, ready to enter a formula.
    ///
    /// With a declared panel, each row of `target` takes the index of the row with the same unit
    /// and period labels (so a country-year index can be attached to a bilateral panel); without
    /// one, `target` must have as many rows as the source and values are attached row by row.
    /// Rows without a value are missing; their number is returned.
    ///
    /// - Throws: ``GravityError`` when `name` is taken, the row counts differ (no panel), the
    ///   panel columns are absent from `target`, or a unit-period pair occurs twice in the index.
    public func appended(to target: Dataset, as name: String) throws -> (dataset: Dataset, unmatchedRows: Int) {
        guard !target.hasColumn(name) else {
            throw GravityError.invalidInput("The dataset already has a column `\(name)`; choose another name for the index.")
        }
        let values: [Double]
        if let panel {
            var valueOfKey: [String: Double] = [:]
            for i in index.indices {
                let key = unitLabels[i] + "\u{1F}" + periodLabels[i]
                guard valueOfKey.updateValue(index[i], forKey: key) == nil else {
                    throw GravityError.invalidInput("The index has two rows for (\(unitLabels[i]), \(periodLabels[i])); each \(panel.unit)-\(panel.time) pair must occur once to be attached.")
                }
            }
            let units = try target.column(panel.unit), periods = try target.column(panel.time)
            values = (0..<target.rowCount).map { row in
                guard let unit = units.text(at: row), let period = periods.text(at: row) else { return .nan }
                return valueOfKey[unit + "\u{1F}" + period] ?? .nan
            }
        } else {
            guard target.rowCount == sourceRowCount else {
                throw GravityError.invalidInput("The index has \(sourceRowCount) rows but the dataset to extend has \(target.rowCount); give --id and --time to match rows by unit and period.")
            }
            values = indexForSourceRows
        }
        var extended = target
        try extended.addColumn(name, .numeric(values))
        return (extended, values.filter(\.isNaN).count)
    }
}
