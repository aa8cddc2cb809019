import GravityCore

extension RegressionTable {
    /// The numbers behind the table, unrounded, in the one JSON shape of `gravity compare`:
    /// `{"columns", "models": [<fit result>...] (as ``ResultJSON``), "tests": [<test>...],
    /// "parenthesized", "significance_levels", "coefficients": [{"term", "label", "values":
    /// [{"estimate", "std_error", "statistic", "p_value", "stars"} or null per model]}],
    /// "auxiliary" (same shape, frontier variance parameters), "fixed_effects": [{"name",
    /// "values": [bool]}], "nobs", "statistics": [{"key", "label", "values"}], "vcov",
    /// "model_tests": [{"name", "values": [{"name", "statistic", "p_value"} or null]}], "notes"}`.
    public func json() -> JSONValue {
        let words = Vocabulary(options.language)
        func coefficientValues(_ term: String) -> JSONValue {
            .array(models.map { model in
                model.coefficient(term).map { row in
                    .object([("estimate", .number(row.estimate)), ("std_error", .number(row.stdError)), ("statistic", .number(row.statistic)),
                             ("p_value", .number(row.pValue)), ("stars", .string(options.stars(pValue: row.pValue)))])
                } ?? .null
            })
        }
        let coefficients = terms.map { term -> JSONValue in
            .object([("term", .string(term)), ("label", .string(displayName(term))), ("values", coefficientValues(term))])
        }
        let auxiliary = auxiliaryTermsShown.map { term -> JSONValue in
            .object([("term", .string(term)), ("label", .string(words.statistic(term).plain)), ("values", coefficientValues(term))])
        }
        var effectNames: [String] = []
        for model in models { for effect in model.fixedEffects where !effectNames.contains(effect.name) { effectNames.append(effect.name) } }
        let fixedEffects = effectNames.map { name -> JSONValue in
            .object([("name", .string(name)), ("values", .array(models.map { model in .bool(model.fixedEffects.contains { $0.name == name }) }))])
        }
        let statistics = (Self.auxiliaryStatistics + shownStatistics).filter { key in models.contains { $0.statistic(key) != nil } }.map { key -> JSONValue in
            .object([("key", .string(key)), ("label", .string(words.statistic(key).plain)),
                     ("values", .array(models.map { .optional($0.statistic(key)) }))])
        }
        let modelTests = modelTestKinds.map { kind -> JSONValue in
            .object([("name", .string(TestDescription.rowLabel(kind, language: options.language))), ("values", .array(models.map { model in
                model.tests.first { TestDescription.Kind(name: $0.name) == kind }.map {
                    .object([("name", .string($0.name)), ("statistic", .number($0.statistic)), ("p_value", .number($0.pValue))])
                } ?? .null
            }))])
        }
        let notes = layout().notes.map { JSONValue.string(words.plain($0)) }
        return .object([
            ("columns", .array(columnLabels.map { .string($0) })),
            ("models", .array(models.map(ResultJSON.value))),
            ("tests", .array(tests.map(ResultJSON.test))),
            ("parenthesized", .string(options.parenthesized == .standardError ? "std_error" : "statistic")),
            ("significance_levels", .array(options.descendingLevels.map { .number($0) })),
            ("coefficients", .array(coefficients)),
            ("auxiliary", .array(auxiliary)),
            ("fixed_effects", .array(fixedEffects)),
            ("nobs", .array(models.map { .number(Double($0.nobs)) })),
            ("statistics", .array(statistics)),
            ("vcov", .array(models.map { .string($0.covarianceLabel) })),
            ("model_tests", .array(modelTests)),
            ("notes", .array(notes)),
        ])
    }
}
