import GravityCore

extension RegressionTable {
    /// The numbers behind the table, unrounded:
    /// `{"columns", "models", "parenthesized", "significance_levels", "coefficients": [{"term",
    /// "values": [{"estimate", "std_error", "statistic", "p_value", "stars"} or null per model]}],
    /// "nobs", "statistics": [{"key", "label", "values"}], "vcov", "model_tests": [{"name",
    /// "values": [{"statistic", "p_value"} or null]}], "tests" (as in ``ResultJSON``), "notes"}`.
    public func json() -> JSONValue {
        let words = Vocabulary(options.language)
        let coefficients = terms.map { term -> JSONValue in
            .object([("term", .string(term)), ("values", .array(models.map { model in
                model.coefficient(term).map { row in
                    .object([("estimate", .number(row.estimate)), ("std_error", .number(row.stdError)), ("statistic", .number(row.statistic)),
                             ("p_value", .number(row.pValue)), ("stars", .string(options.stars(pValue: row.pValue)))])
                } ?? .null
            }))])
        }
        let statistics = shownStatistics.map { key -> JSONValue in
            .object([("key", .string(key)), ("label", .string(words.statistic(key).plain)),
                     ("values", .array(models.map { .optional($0.statistic(key)) }))])
        }
        let modelTests = modelTestNames.map { name -> JSONValue in
            .object([("name", .string(name)), ("values", .array(models.map { model in
                model.tests.first { $0.name == name }.map { .object([("statistic", .number($0.statistic)), ("p_value", .number($0.pValue))]) } ?? .null
            }))])
        }
        let notes = layout().notes.map { JSONValue.string(words.plain($0)) }
        return .object([
            ("columns", .array(columnLabels.map { .string($0) })),
            ("models", .array(models.map { .string($0.model) })),
            ("parenthesized", .string(options.parenthesized == .standardError ? "std_error" : "statistic")),
            ("significance_levels", .array(options.descendingLevels.map { .number($0) })),
            ("coefficients", .array(coefficients)),
            ("nobs", .array(models.map { .number(Double($0.nobs)) })),
            ("statistics", .array(statistics)),
            ("vcov", .array(models.map { .string($0.covarianceLabel) })),
            ("model_tests", .array(modelTests)),
            ("tests", .array(tests.map(ResultJSON.test))),
            ("notes", .array(notes)),
        ])
    }
}
