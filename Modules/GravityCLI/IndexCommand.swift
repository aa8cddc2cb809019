import ArgumentParser
import GravityKit

extension IndexScaling: ExpressibleByArgument {}
extension MissingValuePolicy: ExpressibleByArgument {}

/// `gravity index`: a composite index from several indicators, with its diagnostics.
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Build a composite index (principal components, entropy or equal weights) with KMO and Bartlett diagnostics.",
        discussion: """
        With --append-to <data> and --output <file>, the index is added as a new column of <data> \
        (matched on --id and --time when given, else row by row) and the extended dataset is \
        written to <file>, ready for a gravity formula; the report goes to standard output.
        """)

    @Argument(help: "The data file holding the indicators (.csv, .tsv, .dta).")
    var data: String

    @Option(help: "Comma-separated indicators (at least two).")
    var vars: String

    @Option(help: "The method: pca, entropy or equal.")
    var method: String = "pca"

    @OptionGroup var panel: PanelOptions

    @OptionGroup var rows: RowSelectionOptions

    @Option(name: .customLong("cost-vars"), help: "Comma-separated indicators for which lower is better.")
    var costVars: String?

    @Option(help: "Scaling of the index: minmax (to [0, 1]) or none.")
    var scale: IndexScaling = .minmax

    @Option(parsing: .unconditional, help: "Number of principal components to keep (pca; default: eigenvalue > 1).")
    var components: Int?

    @Option(name: .customLong("variance-target"), parsing: .unconditional, help: "Keep the fewest components reaching this cumulative share of variance (pca), e.g. 0.85.")
    var varianceTarget: Double?

    @Option(help: "Rows with missing indicators: drop (listwise, counted in the notes) or error.")
    var missing: MissingValuePolicy = .drop

    @Option(name: .customLong("append-to"), help: "A dataset to which the index is added as a new column (written to --output).")
    var appendTo: String?

    @Option(help: "The name of the index column added with --append-to.")
    var name: String = "index"

    @OptionGroup var output: OutputOptions

    func validate() throws {
        if components != nil && varianceTarget != nil {
            throw ValidationError("Give either --components or --variance-target, not both.")
        }
        if appendTo != nil && output.output == nil {
            throw ValidationError("--append-to needs --output: the file to write the extended dataset to.")
        }
        if method.lowercased() != "pca" && (components != nil || varianceTarget != nil) {
            throw ValidationError("--components and --variance-target apply to the pca method only.")
        }
    }

    func run() throws {
        let builder = try IndexBuilderRegistry.standard().builder(named: method)
        let retention: ComponentRetention = components.map { .fixed($0) } ?? varianceTarget.map { .cumulativeVariance($0) } ?? .kaiser
        let options = IndexOptions(costIndicators: costVars.map(splitList) ?? [], scaling: scale, retention: retention)
        let dataset = try loadDataset(data)
        let selection = try rows.keptRows(of: dataset)
        var result = try builder.build(selection.map { dataset.selecting(rows: $0.rows) } ?? dataset, variables: splitList(vars),
                                       panel: try panel.specification(), options: options, missing: missing)
        if let selection {
            result = result.restoringSourceRows(selection.rows, sourceRowCount: dataset.rowCount, note: selection.note)
        }
        let report = IndexReport.render(result, format: output.format, language: output.lang)
        guard let appendTo, let path = output.output else {
            try output.emit(report)
            return
        }
        let target = appendTo == data ? dataset : try loadDataset(appendTo)
        let (extended, unmatched) = try result.appended(to: target, as: name)
        try CSVWriter.write(extended, to: path)
        print(report, terminator: report.hasSuffix("\n") ? "" : "\n")
        if output.lang == .zh {
            printToStandardError("已写入 \(path)：\(appendTo) 加上新列 `\(name)`" + (unmatched > 0 ? "（\(unmatched) 行没有指数值，记为缺失）" : "") + "。")
        } else {
            printToStandardError("Wrote \(path): \(appendTo) with the new column `\(name)`" + (unmatched > 0 ? " (\(unmatched) rows without an index value are missing)" : "") + ".")
        }
    }
}
