import ArgumentParser
import Foundation
import GravityKit

extension RegressionTableFormat: ExpressibleByArgument {}
extension RegressionTableOptions.Language: ExpressibleByArgument {}
extension RegressionTableOptions.Parenthesized: ExpressibleByArgument {}

/// `--format`, `--output` and the table options of `gravity compare`.
struct TableOptions: ParsableArguments {
    @Option(help: "Output format: text, markdown, latex, html, docx (Word; needs --output), csv or json.")
    var format: RegressionTableFormat = .text

    @Flag(help: "Text, Markdown and CSV with three decimals as in a paper, instead of the comparison preset's four.")
    var table = false

    @Option(help: "Language of every label, note, test and verdict: en or zh.")
    var lang: RegressionTableOptions.Language = .en

    @Option(help: "Under each estimate, in parentheses: se (standard error) or t (test statistic).")
    var parentheses: RegressionTableOptions.Parenthesized = .standardError

    @Option(parsing: .unconditional, help: "Significance levels for one, two and three stars.")
    var stars: String = "0.1,0.05,0.01"

    @Option(help: "A coefficient label as TERM=LABEL, e.g. \"log(DIST)=Log distance\" (repeatable).")
    var rename: [String] = []

    @Option(help: "Terms to show, in this order (comma-separated, repeatable).")
    var keep: [String] = []

    @Option(help: "Terms to leave out (comma-separated, repeatable).")
    var drop: [String] = []

    @Option(help: "Caption of the table (LaTeX \\caption, Word and HTML caption).")
    var caption: String?

    @Option(help: "The LaTeX \\label key, e.g. tab:gravity.")
    var label: String?

    @Option(help: "Write the output to this file instead of standard output.")
    var output: String?

    /// The table options these flags describe: the publication table for LaTeX, HTML and Word (and
    /// with --table), the comparison preset otherwise.
    func tableOptions() throws -> RegressionTableOptions {
        let levels = try splitList(stars).map { text -> Double in
            guard let level = Double(text), level > 0, level < 1 else {
                throw ValidationError("--stars takes significance levels between 0 and 1, such as 0.1,0.05,0.01; got `\(text)`.")
            }
            return level
        }
        var renames: [String: String] = [:]
        for pair in rename {
            guard let equals = pair.lastIndex(of: "="), case let term = pair[..<equals].trimmingCharacters(in: .whitespaces), !term.isEmpty else {
                throw ValidationError("--rename takes TERM=LABEL, e.g. \"log(DIST)=Log distance\"; got `\(pair)`.")
            }
            renames[term] = pair[pair.index(after: equals)...].trimmingCharacters(in: .whitespaces)
        }
        var options = table || [.latex, .html, .docx].contains(format) ? RegressionTableOptions() : .comparison()
        options.significanceLevels = levels
        options.parenthesized = parentheses
        options.language = lang
        options.renames = renames
        options.keep = keep.isEmpty ? nil : keep.flatMap(splitTermList)
        options.drop = drop.flatMap(splitTermList)
        options.caption = caption
        options.label = label
        return options
    }

    /// Writes `table` in the chosen format to the output file or standard output.
    func write(_ table: RegressionTable) throws {
        guard format.isBinary else { return try writeOutput(table.render(format), to: output) }
        guard let output else { throw ValidationError("--format \(format.rawValue) writes a binary file: give it with --output (e.g. --output table.docx).") }
        try OutputFile.write([UInt8](table.data(format)), to: output)
    }
}
