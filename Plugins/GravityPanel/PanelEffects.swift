import GravityCore

/// The unit and period effects of a fitted `fe` model, as its result carries them in the
/// `unit_effects` and `time_effects` JSON sections (labels to values).
///
/// Unit effects are levels (plm's `fixef(type = "level")`, Stata's `u_i + _cons`); with two-way
/// effects the first period's effect is zero and the unit levels absorb it. `y_it` is fitted by
/// `x_it b + unit effect + time effect`.
public struct PanelEffects: Sendable, Equatable {
    /// Unit label to effect, empty when the model has no unit effects.
    public var unit: [String: Double]
    /// Period label to effect, empty when the model has no time effects.
    public var time: [String: Double]

    /// The effects carried by `result`, or nil when it has none (not an `fe` fit).
    public init?(_ result: EstimationResult) {
        func section(_ key: String) -> [String: Double] {
            guard let value = result.extraSections.first(where: { $0.0 == key })?.1, case .object(let pairs) = value else { return [:] }
            var effects: [String: Double] = [:]
            for (label, number) in pairs {
                if case .number(let x) = number { effects[label] = x }
            }
            return effects
        }
        unit = section("unit_effects")
        time = section("time_effects")
        if unit.isEmpty && time.isEmpty { return nil }
    }

    /// The JSON sections for the effects of `sample`'s units and periods.
    static func sections(unit: [Double]?, time: [Double]?, sample: PanelSample) -> [(String, JSONValue)] {
        var sections: [(String, JSONValue)] = []
        if let unit {
            sections.append(("unit_effects", .object(zip(sample.structure.unit.levels, unit).map { ($0, .number($1)) })))
        }
        if let time {
            sections.append(("time_effects", .object(zip(sample.structure.time.levels, time).map { ($0, .number($1)) })))
        }
        return sections
    }
}
