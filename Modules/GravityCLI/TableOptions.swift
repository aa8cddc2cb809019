import ArgumentParser
import GravityKit

extension RegressionTableFormat: ExpressibleByArgument {}
extension RegressionTableOptions.Language: ExpressibleByArgument {}
extension RegressionTableOptions.Parenthesized: ExpressibleByArgument {}

/// `--format`, `--output` and the publication-table options of `gravity compare`.
struct TableOptions: ParsableArguments {
    @Option(help: "Output format: text, markdown, json, csv (the comparison report), or latex, html (the publication table).")
    var format: RegressionTableFormat = .text

    @Flag(help: "Write text, Markdown or CSV as the publication table (stars, fixed decimals) instead of the comparison report.")
    var table = false

    @Option(help: "Language of the publication table's labels: en or zh.")
    var lang: RegressionTableOptions.Language = .en

    @Option(help: "Under each estimate, in parentheses: se (standard error) or t (test statistic).")
    var parentheses: RegressionTableOptions.Parenthesized = .standardError

    @Option(help: "Significance levels for one, two and three stars.")
    var stars: String = "0.1,0.05,0.01"

    @Option(help: "Caption of the publication table (LaTeX \\caption).")
    var caption: String?

    @Option(help: "Write the output to this file instead of standard output.")
    var output: String?

    /// Whether the publication table (rather than the comparison report) is written.
    var usesPublicationTable: Bool { table || format == .latex || format == .html }

    /// The table options these flags describe.
    func tableOptions() throws -> RegressionTableOptions {
        let levels = try splitList(stars).map { text -> Double in
            guard let level = Double(text), level > 0, level < 1 else {
                throw ValidationError("--stars takes significance levels between 0 and 1, such as 0.1,0.05,0.01; got `\(text)`.")
            }
            return level
        }
        return RegressionTableOptions(significanceLevels: levels, parenthesized: parentheses, language: lang, caption: caption)
    }
}
