import GravityCore

/// Event time (periods since the cohort) per input row, from the treatment timing.
enum EventTime {
    /// `t - g` in periods for treated units, `untreatedCode` for units not treated in the sample,
    /// nan where the unit or period is missing.
    static func column(_ data: Dataset, panel: PanelSpecification, timing source: TimingSource, untreatedCode: Double) throws -> [Double] {
        let frame = try ModelFrame(dataset: data, formula: try Formula("`\(source.column)` ~ 1"), groupColumns: [panel.unit, panel.time],
                                   extraParts: .reject("event-study"))
        let structure = try PanelStructure(frame: frame, specification: panel)
        let timing = try TreatmentTiming(dataset: data, frame: frame, unit: structure.unit, time: structure.time, source: source)
        var values = [Double](repeating: .nan, count: data.rowCount)
        for (i, row) in frame.rowIndices.enumerated() {
            let t = Int(structure.time.codes[i])
            values[row] = timing.cohort[Int(structure.unit.codes[i])].map { Double(t - $0) } ?? untreatedCode
        }
        return values
    }
}

/// Binning of leads and lags at chosen endpoints (`bin_min`, `bin_max`).
struct EventTimeBins {
    /// The lowest event time kept apart, or nil.
    let lowest: Double?
    /// The highest event time kept apart, or nil.
    let highest: Double?

    /// Reads `bin_min` and `bin_max` (whole numbers or empty).
    init(_ options: EstimatorOptions) throws {
        func read(_ name: String) throws -> Double? {
            let text = options.string(name)
            if text.isEmpty { return nil }
            guard let value = Int(text) else { throw GravityError.invalidOption("Option `\(name)` takes a whole number of periods, not `\(text)`.") }
            return Double(value)
        }
        lowest = try read("bin_min")
        highest = try read("bin_max")
        if let lowest, let highest, lowest >= highest {
            throw GravityError.invalidOption("bin_min (\(Int(lowest))) must lie below bin_max (\(Int(highest))).")
        }
    }

    /// Bins `column` of `data` in place, leaving reference levels alone; returns a note when values moved.
    func apply(to data: inout Dataset, column: String, references: [String]) throws -> BilingualText? {
        guard lowest != nil || highest != nil else { return nil }
        let referenceValues = Set(references.compactMap(Double.init))
        var values = try data.numeric(column)
        var moved = 0
        for i in values.indices where !values[i].isNaN && !referenceValues.contains(values[i]) {
            if let lowest, values[i] < lowest { values[i] = lowest; moved += 1 }
            if let highest, values[i] > highest { values[i] = highest; moved += 1 }
        }
        try data.setColumn(column, .numeric(values))
        let low = lowest.map { String(Int($0)) }, high = highest.map { String(Int($0)) }
        return BilingualText("Event times outside \(low ?? "-inf") to \(high ?? "inf") were binned into the endpoints (\(moved) row(s)).",
                             chinese: "区间 [\(low ?? "-∞"), \(high ?? "∞")] 以外的事件时间已归入端点（\(moved) 行）。")
    }
}
