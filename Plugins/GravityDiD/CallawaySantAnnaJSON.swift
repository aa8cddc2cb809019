import GravityCore

/// The JSON sections of `cs-did`: the group-time cells, the four aggregations and the bootstrap bands.
enum CallawaySantAnnaJSON {
    /// `att_gt`: [{group, time, estimate, std_error}].
    static func cells(_ effects: GroupTimeEffects) -> JSONValue {
        .array(effects.cells.map { cell in
            .object([("group", .number(effects.panel.periods[cell.group])), ("time", .number(effects.panel.periods[cell.time])),
                     ("estimate", .number(cell.estimate)), ("std_error", .number(cell.standardError))])
        })
    }

    /// `aggregations`: simple, dynamic, group and calendar, each {estimate, std_error} with its levels.
    static func aggregates(_ aggregates: CallawaySantAnnaAggregates) -> JSONValue {
        .object([
            ("simple", effect(aggregates.simple)),
            ("dynamic", profile(aggregates.dynamic, key: "event_time")),
            ("group", profile(aggregates.group, key: "group")),
            ("calendar", profile(aggregates.calendar, key: "time")),
        ])
    }

    /// `uniform_bands`: the critical value and bands of the cells and of the event-time effects.
    static func bands(effects: GroupTimeEffects, cellBands: MultiplierBootstrap, aggregates: CallawaySantAnnaAggregates,
                      eventBands: MultiplierBootstrap) -> JSONValue {
        func band(_ estimate: Double, _ se: Double, _ critical: Double) -> [(String, JSONValue)] {
            [("bootstrap_std_error", .number(se)), ("lower", .number(estimate - critical * se)), ("upper", .number(estimate + critical * se))]
        }
        let cells: [JSONValue] = effects.cells.enumerated().map { k, cell in
            .object([("group", .number(effects.panel.periods[cell.group])), ("time", .number(effects.panel.periods[cell.time]))]
                    + band(cell.estimate, cellBands.standardErrors[k], cellBands.criticalValue))
        }
        let events: [JSONValue] = aggregates.dynamic.levels.enumerated().map { k, level in
            .object([("event_time", .number(Double(aggregates.eventTimes[k])))]
                    + band(level.estimate, eventBands.standardErrors[k], eventBands.criticalValue))
        }
        return .object([
            ("draws", .number(Double(cellBands.draws))),
            ("att_gt", .object([("critical_value", .number(cellBands.criticalValue)), ("bands", .array(cells))])),
            ("dynamic", .object([("critical_value", .number(eventBands.criticalValue)), ("bands", .array(events))])),
        ])
    }

    private static func effect(_ effect: AggregatedEffect) -> JSONValue {
        .object([("estimate", .number(effect.estimate)), ("std_error", .number(effect.standardError))])
    }

    private static func profile(_ profile: EffectProfile, key: String) -> JSONValue {
        .object([
            ("estimate", .number(profile.overall.estimate)), ("std_error", .number(profile.overall.standardError)),
            ("by", .array(profile.levels.map { level in
                .object([(key, .number(Double(level.label!)!)), ("estimate", .number(level.estimate)), ("std_error", .number(level.standardError))])
            })),
        ])
    }
}
