import GravityCore

extension StaggeredComparison {
    /// The JSON of `gravity did` (docs/json-schema.md): the design, `results` keyed by estimator,
    /// each with `overall` and `event_time` (`cs` also its four aggregations, `att_gt` and, with
    /// the bootstrap, `uniform_bands`), and the Goodman-Bacon decomposition.
    public var json: JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("command", .string("did")),
            ("outcome", .string(design.outcome)),
            ("id", .string(design.panel.unit)),
            ("time", .string(design.panel.time)),
            ("timing", .object([("kind", .string(design.timingOptions.keys.first!)), ("column", .string(design.timing.column))])),
            ("control", .string(design.control.rawValue)),
            ("covariates", .array(design.covariates.map { .string($0) })),
            ("confidence_level", .number(design.confidenceLevel)),
        ]
        pairs.append(("results", .object(summaries.map { ($0.key, Self.json($0)) })))
        if let bacon { pairs.append(("bacon", Self.json(bacon))) }
        return .object(pairs)
    }

    private static func json(_ summary: Summary) -> JSONValue {
        func effect(_ e: EventEffect) -> [(String, JSONValue)] {
            [("estimate", .number(e.estimate)), ("std_error", .number(e.standardError))]
        }
        var pairs: [(String, JSONValue)] = [
            ("model", .string(summary.results[0].model)),
            ("nobs", .number(Double(summary.results[0].nobs))),
            ("overall", .object(effect(summary.overall))),
            ("event_time", .array(summary.eventTime.map { .object([("event_time", .number(Double($0.eventTime)))] + effect($0)) })),
        ]
        if summary.key == "cs", let result = summary.results.first {
            let aggregations = result.extraSections.first { $0.0 == "aggregations" }?.1
            for name in ["simple", "dynamic", "group", "calendar"] {
                if let value = aggregations?[name] { pairs.append((name, value)) }
            }
            for name in ["att_gt", "uniform_bands"] {
                if let value = result.extraSections.first(where: { $0.0 == name })?.1 { pairs.append((name, value)) }
            }
        }
        pairs.append(("notes", .array(summary.results.flatMap(\.notes).uniqued().map { .string($0) })))
        return .object(pairs)
    }

    private static func json(_ bacon: BaconDecomposition) -> JSONValue {
        .object([
            ("twfe_estimate", .number(bacon.twoWayEstimate)),
            ("summary", .array(bacon.summary.map { .object([("kind", .string($0.kind.rawValue)), ("weight", .number($0.weight)), ("estimate", .number($0.estimate))]) })),
            ("comparisons", .array(bacon.comparisons.map { c in
                .object([("kind", .string(c.kind.rawValue)), ("treated", .number(c.treated)), ("control", .optional(c.control)),
                         ("estimate", .number(c.estimate)), ("weight", .number(c.weight))])
            })),
        ])
    }
}

extension Array where Element == String {
    /// The strings without repeats, first occurrences kept in order.
    func uniqued() -> [String] {
        var seen = Set<String>()
        return filter { seen.insert($0).inserted }
    }
}
