import GravityCore

/// Several fitted models side by side (coefficients with standard errors, observations and the
/// R-squared and variance-component statistics), followed by specification tests, each with
/// the sentence that says what it implies.
///
/// The JSON form is `{"models": [<result>...], "tests": [<test>...]}`, each result in the schema
/// of ``ResultJSON`` and each test as in a result's `tests`. The CSV form is the coefficient rows
/// of every model, as ``ResultCSV``.
public enum ComparisonReport {
    /// The statistics shown under the coefficients, in order, when any model reports them.
    static let statisticKeys = ["r_squared", "adj_r_squared", "r_squared_within", "r_squared_between", "r_squared_overall",
                                "sigma_u", "sigma_e", "rho", "theta", "theta_min", "theta_max"]

    /// The comparison in `format`.
    public static func render(models: [EstimationResult], tests: [TestResult], format: ReportFormat) -> String {
        switch format {
        case .json: return json(models: models, tests: tests).serialized() + "\n"
        case .text: return text(models: models, tests: tests)
        case .markdown: return markdown(models: models, tests: tests)
        case .csv:
            let rows = models.map { ResultCSV.render($0).split(separator: "\n", omittingEmptySubsequences: true).dropFirst() }
            return "model,term,estimate,std_error,statistic,p_value,conf_low,conf_high\n" + rows.flatMap { $0 }.joined(separator: "\n") + "\n"
        }
    }

    /// `{"models": [...], "tests": [...]}`.
    public static func json(models: [EstimationResult], tests: [TestResult]) -> JSONValue {
        .object([("models", .array(models.map(ResultJSON.value))), ("tests", .array(tests.map(ResultJSON.test)))])
    }

    /// Every term of every model, in order of first appearance.
    static func terms(_ models: [EstimationResult]) -> [String] {
        var terms: [String] = []
        for model in models { for term in model.terms where !terms.contains(term) { terms.append(term) } }
        return terms
    }

    /// The statistics keys reported by at least one model.
    static func statistics(_ models: [EstimationResult]) -> [String] {
        statisticKeys.filter { key in models.contains { $0.statistic(key) != nil } }
    }

    /// A cell for `key` of `model`: the value, or blank.
    static func statisticCell(_ model: EstimationResult, _ key: String) -> String {
        model.statistic(key).map { NumberFormatting.significant($0) } ?? ""
    }

    private static func text(models: [EstimationResult], tests: [TestResult]) -> String {
        var rows: [[String]] = []
        for term in terms(models) {
            rows.append([term] + models.map { $0.coefficient(term).map { NumberFormatting.significant($0.estimate) } ?? "" })
            rows.append([""] + models.map { $0.coefficient(term).map { "(" + NumberFormatting.significant($0.stdError) + ")" } ?? "" })
        }
        rows.append(["Observations"] + models.map { String($0.nobs) })
        for key in statistics(models) { rows.append([key] + models.map { statisticCell($0, key) }) }
        var lines = ["Model comparison: " + (models.first?.formula ?? ""), "",
                     TextTable(header: ["Term"] + models.map(\.model), rows: rows).rendered(), "",
                     "Standard errors in parentheses:"]
        lines += models.map { "  \($0.model): \($0.covarianceLabel)" }
        if !tests.isEmpty {
            lines += ["", "Tests:"]
            for test in tests {
                var described = test
                described.note = nil
                lines.append("  " + ResultText.describe(described))
                if let note = test.note { lines.append("    " + note) }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func markdown(models: [EstimationResult], tests: [TestResult]) -> String {
        var out = "### Model comparison: `\(models.first?.formula ?? "")`\n\n"
        out += "| Term | " + models.map { ResultMarkdown.escape($0.model) }.joined(separator: " | ") + " |\n"
        out += "|:--|" + String(repeating: "--:|", count: models.count) + "\n"
        for term in terms(models) {
            let cells = models.map { model in
                model.coefficient(term).map { NumberFormatting.significant($0.estimate) + " (" + NumberFormatting.significant($0.stdError) + ")" } ?? ""
            }
            out += "| \(ResultMarkdown.escape(term)) | " + cells.joined(separator: " | ") + " |\n"
        }
        out += "| Observations | " + models.map { String($0.nobs) }.joined(separator: " | ") + " |\n"
        for key in statistics(models) {
            out += "| \(key) | " + models.map { statisticCell($0, key) }.joined(separator: " | ") + " |\n"
        }
        out += "\nStandard errors in parentheses. " + models.map { "\($0.model): \($0.covarianceLabel)." }.joined(separator: " ") + "\n"
        if !tests.isEmpty {
            out += "\n**Tests**\n\n"
            for test in tests {
                var described = test
                described.note = nil
                out += "- \(ResultMarkdown.escape(ResultText.describe(described)))" + (test.note.map { ". \($0)" } ?? "") + "\n"
            }
        }
        return out
    }
}
