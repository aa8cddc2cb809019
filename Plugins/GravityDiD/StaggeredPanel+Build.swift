import GravityCore
import GravityLinearAlgebra

extension StaggeredPanel {
    /// Builds the balanced panel of `formula` (outcome `~` covariates) on `dataset`.
    /// - Throws: on duplicates, gaps, treatment that switches off, cohorts that are not periods.
    init(dataset: Dataset, formula: Formula, panel: PanelSpecification, timing source: TimingSource, estimator: String) throws {
        let frame = try ModelFrame(dataset: dataset, formula: formula, groupColumns: [panel.unit, panel.time], extraParts: .reject(estimator))
        let structure = try PanelStructure(frame: frame, specification: panel)
        try structure.requireRepeatedObservations(estimator: estimator)
        let unit = structure.unit, time = structure.time
        let timing = try TreatmentTiming(dataset: dataset, frame: frame, unit: unit, time: time, source: source)
        let periodCount = time.count
        let incomplete = (0..<unit.count).filter { structure.observationsPerUnit[$0] < periodCount }
        var notes = frame.bilingualNotes
        if !incomplete.isEmpty {
            let withMissing = try Self.unitsWithDroppedRows(dataset: dataset, frame: frame, unitColumn: panel.unit)
            let gaps = incomplete.filter { !withMissing.contains(unit.levels[$0]) }
            if !gaps.isEmpty {
                let named = structure.gaps(limit: 3).map { "\($0.unit): \($0.periods.joined(separator: ", "))" }
                let detail = named.isEmpty ? gaps.prefix(3).map { unit.levels[$0] }.joined(separator: ", ") : named.joined(separator: "; ")
                throw GravityError.invalidInput("`\(estimator)` needs a balanced panel, but \(gaps.count) unit(s) lack a row for some period (\(detail)\(gaps.count > 3 ? "; ..." : "")). Add the missing rows, or drop those units (for example with --where).")
            }
            notes.append(BilingualText(
                "\(incomplete.count) unit(s) with missing values in some period were dropped as a whole, to keep the panel balanced.",
                chinese: "\(incomplete.count) 个单位在某些时期有缺失值，已整体删除，以保持面板平衡。"))
        }
        notes += timing.notes
        let dropped = Set(incomplete).union(timing.treatedInFirstPeriod)
        let kept = (0..<unit.count).filter { !dropped.contains($0) }
        guard kept.count >= 2 else {
            throw GravityError.invalidInput("Fewer than two units remain after the checks; `\(estimator)` cannot compare treated and untreated units.")
        }
        var position = [Int](repeating: -1, count: unit.count)
        for (k, u) in kept.enumerated() { position[u] = k }
        var frameRow = [Int](repeating: -1, count: kept.count * periodCount)
        for i in 0..<frame.observationCount {
            let k = position[Int(unit.codes[i])]
            if k >= 0 { frameRow[k * periodCount + Int(time.codes[i])] = i }
        }
        self.unitLabels = kept.map { unit.levels[$0] }
        self.periods = timing.periods
        self.cohort = kept.map { timing.cohort[$0] }
        self.outcome = frameRow.map { frame.response[$0] }
        self.inputRows = frameRow.map { frame.rowIndices[$0] }
        self.inputRowCount = frame.inputRowCount
        self.covariates = Self.covariateRows(frame.design, frameRows: frameRow)
        self.notes = notes
    }

    /// The covariate design reordered to unit-major panel order; nil when it is the intercept alone.
    private static func covariateRows(_ design: DesignMatrix, frameRows: [Int]) -> DesignMatrix? {
        let onlyIntercept = design.columnNames == ["(Intercept)"]
        guard !onlyIntercept, design.matrix.columns > 0 else { return nil }
        let matrix = design.matrix.selecting(rows: frameRows, columns: Array(0..<design.matrix.columns))
        return DesignMatrix(matrix: matrix, columnNames: design.columnNames, hasIntercept: design.hasIntercept)
    }

    /// Labels of the units that lost a row to a missing or undefined value.
    private static func unitsWithDroppedRows(dataset: Dataset, frame: ModelFrame, unitColumn: String) throws -> Set<String> {
        let column = try dataset.column(unitColumn)
        var kept = [Bool](repeating: false, count: frame.inputRowCount)
        for row in frame.rowIndices { kept[row] = true }
        var labels = Set<String>()
        for row in 0..<frame.inputRowCount where !kept[row] {
            if let label = column.text(at: row) { labels.insert(label) }
        }
        return labels
    }
}
