import GravityCore

/// Where the treatment timing comes from: a cohort column (the first treated period, 0 or missing
/// for never treated) or a 0/1 treatment indicator that must switch on once and stay on.
public enum TimingSource: Sendable, Equatable {
    /// The first treated period per unit.
    case cohort(String)
    /// A 0/1 indicator per row.
    case indicator(String)

    /// The column read.
    public var column: String {
        switch self {
        case .cohort(let name), .indicator(let name): return name
        }
    }
}

/// Each unit's first treated period, checked: constant within units, absorbing, one of the panel's
/// periods. Units treated in the first period are flagged for dropping.
struct TreatmentTiming {
    /// The periods, ascending, as numbers.
    let periods: [Double]
    /// Per unit: the index of the first treated period, nil when not treated in the sample.
    let cohort: [Int?]
    /// Units treated already in the first period (no pre-treatment period).
    let treatedInFirstPeriod: [Int]
    /// Notes for the user.
    let notes: [BilingualText]

    /// Reads the timing for the frame's rows; `unit` and `time` are the frame's groupings.
    init(dataset: Dataset, frame: ModelFrame, unit: Grouping, time: Grouping, source: TimingSource) throws {
        let periods = try time.levels.map { level in
            guard let value = Double(level) else {
                throw GravityError.invalidInput("The time column `\(time.name)` must hold numbers (years, quarters as integers) for difference-in-differences; it holds `\(level)`.")
            }
            return value
        }
        let raw = try dataset.numeric(source.column)
        var notes: [BilingualText] = []
        var cohortValue = [Double?](repeating: nil, count: unit.count)
        var seen = [Bool](repeating: false, count: unit.count)
        switch source {
        case .cohort(let name):
            for (i, row) in frame.rowIndices.enumerated() {
                let u = Int(unit.codes[i])
                let value = raw[row].isNaN || raw[row] == 0 ? nil : raw[row]
                if seen[u], cohortValue[u] != value {
                    throw GravityError.invalidInput("The cohort column `\(name)` changes within unit \(unit.levels[u]) (\(cohortValue[u].map(StaggeredPanel.label) ?? "never") and \(value.map(StaggeredPanel.label) ?? "never")); it must hold the unit's first treated period in every row (0 or empty for never treated). Treatment that switches off is not a staggered design.")
                }
                seen[u] = true
                cohortValue[u] = value
            }
        case .indicator(let name):
            cohortValue = try Self.firstTreatedPeriods(indicator: raw, name: name, frame: frame, unit: unit, time: time, periods: periods)
        }
        var cohort = [Int?](repeating: nil, count: unit.count)
        var firstPeriod: [Int] = []
        var beyond = 0
        for u in 0..<unit.count {
            guard let value = cohortValue[u] else { continue }
            if value <= periods[0] {
                firstPeriod.append(u)
            } else if value > periods[periods.count - 1] {
                beyond += 1
            } else {
                guard let index = periods.firstIndex(of: value) else {
                    throw GravityError.invalidInput("Unit \(unit.levels[u]) has cohort \(StaggeredPanel.label(value)) in `\(source.column)`, which is not one of the periods of `\(time.name)` (\(periods.map(StaggeredPanel.label).joined(separator: ", "))).")
                }
                cohort[u] = index
            }
        }
        if !firstPeriod.isEmpty {
            let named = firstPeriod.prefix(5).map { unit.levels[$0] }.joined(separator: ", ")
            let more = firstPeriod.count > 5 ? ", ..." : ""
            notes.append(BilingualText(
                "\(firstPeriod.count) unit(s) treated already in the first period \(StaggeredPanel.label(periods[0])) were dropped: they have no untreated period to compare with (\(named)\(more)).",
                chinese: "\(firstPeriod.count) 个单位在第一期 \(StaggeredPanel.label(periods[0])) 已受处理，已删除：它们没有可供比较的未处理时期（\(named)\(more)）。"))
        }
        if beyond > 0 {
            let last = StaggeredPanel.label(periods[periods.count - 1])
            notes.append(BilingualText("\(beyond) unit(s) first treated after the last period \(last) count as untreated in the sample.",
                                       chinese: "\(beyond) 个单位在最后一期 \(last) 之后才首次受处理，在样本中视为未处理。"))
        }
        var sizes: [Int: Int] = [:]
        for case let g? in cohort { sizes[g, default: 0] += 1 }
        let singletons = sizes.filter { $0.value == 1 }.keys.sorted().map { StaggeredPanel.label(periods[$0]) }
        if !singletons.isEmpty {
            notes.append(BilingualText(
                "Warning: cohort(s) \(singletons.joined(separator: ", ")) have a single unit; their effects rest on one unit and their standard errors are unreliable.",
                chinese: "警告：处理组群 \(singletons.joined(separator: "、")) 只有一个单位；其效应仅依赖一个单位，标准误不可靠。"))
        }
        self.periods = periods
        self.cohort = cohort
        self.treatedInFirstPeriod = firstPeriod
        self.notes = notes
    }

    /// The first period with indicator 1 per unit; throws when the indicator is not 0/1 or switches off.
    private static func firstTreatedPeriods(indicator: [Double], name: String, frame: ModelFrame, unit: Grouping, time: Grouping,
                                            periods: [Double]) throws -> [Double?] {
        var first = [Int](repeating: Int.max, count: unit.count)
        var lastUntreated = [Int](repeating: -1, count: unit.count)
        for (i, row) in frame.rowIndices.enumerated() {
            let u = Int(unit.codes[i]), t = Int(time.codes[i]), d = indicator[row]
            guard d == 0 || d == 1 else {
                throw GravityError.invalidInput("The treatment column `\(name)` must hold 0 or 1; row \(row + 1) holds \(d.isNaN ? "a missing value" : StaggeredPanel.label(d)).")
            }
            if d == 1 { first[u] = min(first[u], t) } else { lastUntreated[u] = max(lastUntreated[u], t) }
        }
        return try (0..<unit.count).map { u in
            guard first[u] != Int.max else { return nil }
            if lastUntreated[u] > first[u] {
                throw GravityError.invalidInput("Treatment switches off for unit \(unit.levels[u]): `\(name)` is 1 in \(StaggeredPanel.label(periods[first[u]])) and 0 again in \(StaggeredPanel.label(periods[lastUntreated[u]])). These estimators need treatment that stays on once it starts.")
            }
            return periods[first[u]]
        }
    }
}
