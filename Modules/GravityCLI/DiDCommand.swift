import ArgumentParser
import GravityKit

/// `gravity did`: the staggered difference-in-differences estimators side by side (TWFE,
/// Sun-Abraham, Callaway-Sant'Anna, did2s) in one table, the Goodman-Bacon decomposition of
/// TWFE, and one event-study chart.
struct DiDCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "did",
        abstract: "Staggered difference-in-differences: TWFE, Sun-Abraham, Callaway-Sant'Anna and did2s side by side, with the Bacon decomposition and an event-study chart.")

    @Argument(help: "The data file (.csv, .tsv, .dta): a panel with one row per unit and period.")
    var data: String

    @Option(help: "The column identifying units.")
    var id: String

    @Option(help: "The column of periods (numbers, e.g. years).")
    var time: String

    @Option(help: "The column with each unit's first treated period (0 or empty: never treated).")
    var cohort: String?

    @Option(help: "Instead of --cohort: a 0/1 treatment column that switches on once and stays on.")
    var treatment: String?

    @Option(help: "The outcome column.")
    var outcome: String

    @Option(help: "Comma-separated covariates (Callaway-Sant'Anna: outcome regression on base-period values).")
    var covariates: String?

    @Option(help: "Comma-separated estimators: twfe, sun-abraham, cs, did2s.")
    var estimators: String = StaggeredComparison.estimatorKeys.joined(separator: ",")

    @Option(help: "Controls of Callaway-Sant'Anna: never (never-treated units) or notyet (also not-yet-treated units).")
    var control: String = "never"

    @Option(help: "Multiplier-bootstrap draws for Callaway-Sant'Anna's uniform bands (0: none).")
    var bootstrap: Int = 999

    @Option(help: "Seed of the bootstrap.")
    var seed: Int = 20_210_101

    @Option(help: "Confidence level of the intervals.")
    var level: Double = 0.95

    @Option(help: "Write the event-study chart (SVG) to this file.")
    var chart: String?

    @OptionGroup var rows: RowSelectionOptions

    @OptionGroup var output: TableOptions

    func run() throws {
        let timing: TimingSource
        switch (cohort, treatment) {
        case (let column?, nil): timing = .cohort(column)
        case (nil, let column?): timing = .indicator(column)
        default: throw ValidationError("Give the treatment timing with --cohort <first treated period column> or --treatment <0/1 column> (one of them).")
        }
        guard let controlGroup = ControlGroup(rawValue: control) else {
            throw ValidationError("--control takes never or notyet, not `\(control)`.")
        }
        guard bootstrap >= 0, level > 0, level < 1 else { throw ValidationError("--bootstrap must be 0 or more and --level between 0 and 1.") }
        let (dataset, selectionNote) = try rows.apply(to: try loadDataset(data))
        let design = StaggeredDesign(panel: PanelSpecification(unit: id, time: time), outcome: outcome, timing: timing,
                                     covariates: covariates.map(splitList) ?? [], control: controlGroup,
                                     bootstrapDraws: bootstrap, seed: seed, confidenceLevel: level)
        let comparison = try StaggeredComparison(data: dataset, design: design, estimators: splitList(estimators))
        let report = StaggeredComparisonReport(language: output.lang)
        if let chart {
            try writeOutput(report.chart(comparison).svg(), to: chart)
        }
        if output.format == .json {
            var json = comparison.json
            if let selectionNote, case .object(var pairs) = json {
                pairs.insert(("where", .string(selectionNote.english)), at: 1)
                json = .object(pairs)
            }
            return try writeOutput(json.serialized(), to: output.output)
        }
        var options = try output.tableOptions()
        if let selectionNote { options.notes.append(selectionNote.text(in: output.lang)) }
        try output.write(report.table(comparison, options: options))
        if let bacon = comparison.bacon, output.output == nil, [.text, .markdown].contains(output.format) {
            print("")
            print(report.baconText(bacon))
        }
    }
}
