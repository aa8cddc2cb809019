import GravityCore

/// The documented JSON form of an ``EstimationResult`` (see `docs/json-schema.md`).
///
/// Keys, in order: `model`, `formula`, `nobs`, `vcov`, `coefficients` (objects with exactly
/// `term, estimate, std_error, statistic, p_value, conf_low, conf_high`), `statistics` (snake_case
/// keys), `tests` (objects with `name, statistic, df, p_value`, plus `df2` for F tests,
/// `distribution` and `note`), `notes`, `vcov_matrix` (`terms`, `matrix`), `fixed_effects` (with
/// absorbed fixed effects), then any sections the plug-in adds.
public enum ResultJSON {
    /// The result as a JSON value.
    public static func value(_ result: EstimationResult) -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("model", .string(result.model)),
            ("formula", .string(result.formula)),
            ("nobs", .number(Double(result.nobs))),
            ("vcov", .string(result.covarianceLabel)),
            ("coefficients", .array(result.coefficients.map(coefficient))),
            ("statistics", .object(result.statistics.map { ($0.key, .number($0.value)) })),
            ("tests", .array(result.tests.map(test))),
            ("notes", .array(result.notes.map { .string($0) })),
            ("vcov_matrix", .object([
                ("terms", .array(result.terms.map { .string($0) })),
                ("matrix", .array((0..<result.covariance.rows).map { i in .array(result.covariance.row(i).map { .number($0) }) })),
            ])),
        ]
        if !result.fixedEffects.isEmpty { pairs.append(("fixed_effects", .array(result.fixedEffects.map(fixedEffect)))) }
        pairs.append(contentsOf: result.extraSections)
        return .object(pairs)
    }

    /// The result serialised as pretty-printed JSON.
    public static func string(_ result: EstimationResult) -> String {
        value(result).serialized()
    }

    /// One coefficient row.
    public static func coefficient(_ row: CoefficientRow) -> JSONValue {
        .object([
            ("term", .string(row.term)), ("estimate", .number(row.estimate)), ("std_error", .number(row.stdError)),
            ("statistic", .number(row.statistic)), ("p_value", .number(row.pValue)),
            ("conf_low", .number(row.confLow)), ("conf_high", .number(row.confHigh)),
        ])
    }

    /// One absorbed fixed-effect dimension.
    public static func fixedEffect(_ summary: FixedEffectSummary) -> JSONValue {
        .object([
            ("dimension", .string(summary.name)), ("levels", .number(Double(summary.levelCount))),
            ("levels_removed", .number(Double(summary.levelsRemoved))),
            ("absorbed_df", .number(Double(summary.absorbedDegreesOfFreedom))),
        ])
    }

    /// One test.
    public static func test(_ test: TestResult) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("name", .string(test.name)), ("statistic", .number(test.statistic)),
                                            ("df", .optional(test.df))]
        if let df2 = test.df2 { pairs.append(("df2", .number(df2))) }
        pairs.append(("p_value", .number(test.pValue)))
        pairs.append(("distribution", .string(test.distribution)))
        if let note = test.note { pairs.append(("note", .string(note))) }
        return .object(pairs)
    }
}
