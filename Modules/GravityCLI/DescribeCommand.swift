import ArgumentParser
import GravityKit

/// `gravity describe`: observations, mean, standard deviation, minimum and maximum per variable;
/// for a panel (`--id`, `--time`), also the between and within spreads, as Stata's `xtsum`.
struct DescribeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "describe", abstract: "Descriptive statistics of variables or expressions such as log(trade); with --id and --time, overall, between and within spreads.")

    @Argument(help: "The data file (.csv, .tsv, .dta).")
    var data: String

    @Option(help: "Comma-separated variables or expressions (default: every numeric column).")
    var vars: String?

    @OptionGroup var panel: PanelOptions

    @OptionGroup var rows: RowSelectionOptions

    @Flag(name: .customLong("by-unit"), help: "With --id and --time, also summarise each variable per unit.")
    var byUnit = false

    @OptionGroup var output: OutputOptions

    func run() throws {
        let (dataset, selectionNote) = try rows.apply(to: try loadDataset(data))
        let expressions = vars.map(splitList) ?? []
        if expressions.isEmpty {
            for name in dataset.names {
                if let explanation = dataset.textExplanation(name) { printToStandardError("Note: left out as text: \(explanation)") }
            }
        }
        let report: String
        if let specification = try panel.specification() {
            let summaries = try PanelDescriptiveStatistics.summarize(dataset, panel: specification, expressions: expressions)
            report = PanelDescribeReport.render(summaries, unit: specification.unit, format: output.format, byUnit: byUnit, language: output.lang)
        } else {
            if byUnit { throw ValidationError("--by-unit needs a panel: give --id and --time.") }
            let summaries = try DescriptiveStatistics.summarize(dataset, expressions: expressions)
            report = DescribeReport.render(summaries, format: output.format, language: output.lang)
        }
        try output.emit(withNote(selectionNote, report))
    }

    /// The report with the row-selection note under it in text and Markdown; JSON and CSV keep
    /// their shape and the note goes to standard error (in the report's language).
    private func withNote(_ note: BilingualText?, _ report: String) -> String {
        guard let note else { return report }
        let body = report.hasSuffix("\n") ? report : report + "\n"
        switch output.format {
        case .text: return body + (output.lang == .zh ? "\n注：\n  - " : "\nNotes:\n  - ") + note.text(in: output.lang) + "\n"
        case .markdown: return body + "\n- " + note.text(in: output.lang) + "\n"
        case .json, .csv:
            printToStandardError((output.lang == .zh ? "注：" : "Note: ") + note.text(in: output.lang))
            return report
        }
    }
}
