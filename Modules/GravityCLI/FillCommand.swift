import ArgumentParser
import GravityKit

/// `gravity fill`: linear interpolation of gaps within each panel unit over time.
struct FillCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fill",
        abstract: "Fill missing values by linear interpolation within each unit over time (Stata's ipolate; epolate with --extrapolate).")

    @Argument(help: "The data file (.csv, .tsv, .dta).")
    var data: String

    @OptionGroup var panel: PanelOptions

    @Option(help: "Comma-separated variables to fill.")
    var vars: String

    @Flag(help: "Also extrapolate before the first and after the last observed period of each unit.")
    var extrapolate = false

    @Option(help: "The CSV file to write the filled dataset to.")
    var output: String

    @Option(help: "Language of the account of filled and missing cells printed after writing: en or zh (the CSV keeps its columns).")
    var lang: RegressionTableOptions.Language = .en

    func validate() throws {
        if panel.id == nil || panel.time == nil {
            throw ValidationError("Give --id and --time: gaps are filled within each unit over time.")
        }
    }

    func run() throws {
        // validate() has checked that both columns are given.
        let specification = PanelSpecification(unit: panel.id!, time: panel.time!)
        let dataset = try loadDataset(data)
        let result = try GapFilling.fill(dataset, panel: specification, variables: splitList(vars), extrapolate: extrapolate)
        try CSVWriter.write(result.dataset, to: output)
        print(GapFillReport.render(result, panel: specification, language: lang), terminator: "")
        print(GapFillReport.written(to: output, filled: result.filled.count, language: lang))
    }
}
