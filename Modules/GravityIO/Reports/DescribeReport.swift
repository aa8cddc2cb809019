import GravityCore

/// Descriptive statistics as a table in any ``ReportFormat``.
public enum DescribeReport {
    /// The table: variable, observations, mean, standard deviation, minimum, maximum (and missing);
    /// text and Markdown headings in `language`, JSON and CSV keys the same in every language.
    public static func render(_ summaries: [VariableSummary], format: ReportFormat, language: RegressionTableOptions.Language = .en) -> String {
        let header = columnHeadings(language)
        switch format {
        case .json:
            return JSONValue.array(summaries.map { s in
                .object([("variable", .string(s.name)), ("n", .number(Double(s.count))), ("missing", .number(Double(s.missing))),
                         ("mean", .number(s.mean)), ("sd", .number(s.standardDeviation)), ("min", .number(s.minimum)), ("max", .number(s.maximum))])
            }).serialized() + "\n"
        case .csv:
            var out = "variable,n,missing,mean,sd,min,max\n"
            for s in summaries {
                out += ([ResultCSV.quote(s.name), String(s.count), String(s.missing)]
                        + [s.mean, s.standardDeviation, s.minimum, s.maximum].map(NumberFormatting.exact)).joined(separator: ",") + "\n"
            }
            return out
        case .markdown:
            var out = "| " + header.dropLast().joined(separator: " | ") + " |\n|:--|--:|--:|--:|--:|--:|\n"
            for s in summaries {
                out += "| \(ResultMarkdown.escape(s.name)) | \(s.count) | " + cells(s).joined(separator: " | ") + " |\n"
            }
            return out
        case .text:
            let rows = summaries.map { [$0.name, String($0.count)] + cells($0) + [String($0.missing)] }
            return TextTable(header: header, rows: rows).rendered() + "\n"
        }
    }

    /// Variable, observations, mean, standard deviation, minimum, maximum, missing, in `language`.
    public static func columnHeadings(_ language: RegressionTableOptions.Language) -> [String] {
        language == .zh ? ["变量", "观测值", "均值", "标准差", "最小值", "最大值", "缺失值"]
            : ["Variable", "Obs", "Mean", "Std. Dev.", "Min", "Max", "Missing"]
    }

    private static func cells(_ s: VariableSummary) -> [String] {
        [s.mean, s.standardDeviation, s.minimum, s.maximum].map { NumberFormatting.significant($0) }
    }
}
