/// The unit and time columns that declare a panel.
public struct PanelSpecification: Sendable, Equatable {
    /// The column identifying units (countries, country pairs, firms).
    public var unit: String
    /// The column identifying periods.
    public var time: String

    /// A panel declaration.
    public init(unit: String, time: String) {
        self.unit = unit
        self.time = time
    }
}

/// The structure of a panel: units, periods, balance and gaps.
///
/// Duplicate unit-time pairs are an error. Periods are ordered (numbers ascending, text in
/// code-point order); a gap is a period between a unit's first and last period, present for some
/// unit, for which the unit has no row.
public struct PanelStructure: Sendable {
    /// Unit of each row.
    public let unit: Grouping
    /// Period of each row, codes in time order.
    public let time: Grouping
    /// Rows per unit.
    public let observationsPerUnit: [Int]
    /// The units (codes, ascending) with a gap: a period inside their span without a row.
    public let unitsWithGaps: [Int]

    /// Builds the structure from unit and period codes; throws on duplicate unit-time pairs.
    public init(unit: Grouping, time: Grouping) throws {
        precondition(unit.codes.count == time.codes.count, "Unit and time codes must be aligned")
        self.unit = unit
        self.time = time
        var counts = [Int](repeating: 0, count: unit.count)
        var first = [Int](repeating: Int.max, count: unit.count)
        var last = [Int](repeating: -1, count: unit.count)
        for i in 0..<unit.codes.count {
            let u = Int(unit.codes[i]), t = Int(time.codes[i])
            counts[u] += 1
            first[u] = min(first[u], t)
            last[u] = max(last[u], t)
        }
        // Duplicates, unit by unit: a period seen twice within one unit (no hashing).
        let rowsByUnit = unit.rowsByGroup()
        var seenBy = [Int](repeating: -1, count: time.count)
        var duplicates: [String] = []
        var duplicateCount = 0
        for u in 0..<unit.count {
            for row in rowsByUnit.rows[rowsByUnit.offsets[u]..<rowsByUnit.offsets[u + 1]] {
                let t = Int(time.codes[row])
                if seenBy[t] == u {
                    duplicateCount += 1
                    if duplicates.count < 5 { duplicates.append("(\(unit.levels[u]), \(time.levels[t]))") }
                }
                seenBy[t] = u
            }
        }
        guard duplicateCount == 0 else {
            throw GravityError.invalidInput("The panel has \(duplicateCount) duplicate \(unit.name)-\(time.name) pair(s), for example \(duplicates.joined(separator: ", ")); each unit may appear once per period. Aggregate or remove the duplicates first.")
        }
        observationsPerUnit = counts
        unitsWithGaps = (0..<unit.count).filter { counts[$0] < last[$0] - first[$0] + 1 }
    }

    /// For the first `limit` units with gaps, the unit's label and its missing periods (one
    /// pass over the rows per unit: meant for messages, which name a few).
    public func gaps(limit: Int) -> [(unit: String, periods: [String])] {
        unitsWithGaps.prefix(limit).map { u in
            var present = [Bool](repeating: false, count: time.count)
            for i in 0..<unit.codes.count where Int(unit.codes[i]) == u { present[Int(time.codes[i])] = true }
            let first = present.firstIndex(of: true)!, last = present.lastIndex(of: true)!
            return (unit.levels[u], (first...last).filter { !present[$0] }.map { time.levels[$0] })
        }
    }

    /// The panel structure of the rows of a model frame built with the panel's columns as groups.
    public init(frame: ModelFrame, specification: PanelSpecification) throws {
        guard let unit = frame.groups[specification.unit], let time = frame.groups[specification.time] else {
            preconditionFailure("The model frame was built without the panel columns as groups")
        }
        try self.init(unit: unit, time: time)
    }

    /// Number of units.
    public var unitCount: Int { unit.count }
    /// Number of distinct periods.
    public var periodCount: Int { time.count }
    /// Number of rows.
    public var observationCount: Int { unit.codes.count }
    /// Whether every unit is observed in every period.
    public var isBalanced: Bool { observationCount == unitCount * periodCount }
    /// Fewest periods of any unit.
    public var minimumPeriods: Int { observationsPerUnit.min() ?? 0 }
    /// Most periods of any unit.
    public var maximumPeriods: Int { observationsPerUnit.max() ?? 0 }

    /// Throws a message saying what to do when the panel has one period or a single unit.
    public func requireRepeatedObservations(estimator: String) throws {
        if periodCount < 2 {
            throw GravityError.invalidInput("The panel has a single period (\(time.levels.first ?? "none")); `\(estimator)` needs at least two. Use a cross-section estimator such as `ols`, or check the --time column.")
        }
        if unitCount < 2 {
            throw GravityError.invalidInput("The panel has a single unit; `\(estimator)` needs at least two. Check the --id column.")
        }
    }

    /// Throws when the periods are labels that are not all numbers, for an estimator whose result
    /// depends on their order (differences, decay over time, transitions): text such as `2001Q1` or
    /// a stray `-` in a year column would otherwise be ordered by code point (1, 10, 11, 2).
    public func requireNumericPeriods(estimator: String) throws {
        guard let label = time.levels.first(where: { $0.finiteNumberValue == nil }) else { return }
        throw GravityError.invalidInput(
            "The time column `\(time.name)` holds the label `\(label)`, which is not a number; `\(estimator)` depends on the order "
                + "of periods and needs them written as numbers (years, or months counted from a start). Correct the column or "
                + "write that value as missing.")
    }

    /// A one-line summary: units, periods, observations, balance, and the gaps (up to three units named).
    public var summary: String { bilingualSummary.english }

    /// The summary in English and Chinese.
    public var bilingualSummary: BilingualText {
        let balance = isBalanced ? "balanced" : "unbalanced (periods per unit \(minimumPeriods)-\(maximumPeriods))"
        let balanceZh = isBalanced ? "平衡面板" : "非平衡面板（每个单位 \(minimumPeriods)-\(maximumPeriods) 期）"
        var text = BilingualText("\(unitCount) units x \(periodCount) periods, \(observationCount) observations, \(balance)",
                                 chinese: "\(unitCount) 个单位 × \(periodCount) 期，\(observationCount) 个观测值，\(balanceZh)")
        if !unitsWithGaps.isEmpty {
            let named = gaps(limit: 3).map { "\($0.unit): \($0.periods.joined(separator: ", "))" }.joined(separator: "; ") + (unitsWithGaps.count > 3 ? "; ..." : "")
            text.english += "; \(unitsWithGaps.count) unit(s) with gaps inside their span (\(named))"
            text.chinese += "；\(unitsWithGaps.count) 个单位在其时间跨度内有缺口（\(named)）"
        }
        return text
    }
}
