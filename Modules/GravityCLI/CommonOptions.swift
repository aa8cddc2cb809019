import ArgumentParser
import Foundation
import GravityKit

extension ReportFormat: ExpressibleByArgument {}

/// `--format`, `--output` and `--lang`, shared by the reporting commands.
struct OutputOptions: ParsableArguments {
    @Option(help: "Output format: text, json, markdown or csv.")
    var format: ReportFormat = .text

    @OptionGroup var destination: OutputDestination

    /// The output file, nil for standard output.
    var output: String? { destination.output }
    /// The language of text and Markdown.
    var lang: RegressionTableOptions.Language { destination.lang }

    /// Writes `text` to the output file or standard output.
    func emit(_ text: String) throws {
        try writeOutput(text, to: output)
    }
}

/// `--output` and `--lang`: where a report goes and in which language.
struct OutputDestination: ParsableArguments {
    @Option(help: "Write the output to this file instead of standard output.")
    var output: String?

    @Option(help: "Language of the text, Markdown and document output (headings, labels, tests, verdicts, notes): en or zh; JSON and CSV keep their keys.")
    var lang: RegressionTableOptions.Language = .en
}

/// Writes `text` to the file at `path`, or to standard output when `path` is nil.
func writeOutput(_ text: String, to path: String?) throws {
    if let path {
        try OutputFile.write(text, to: path)
    } else {
        print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
    }
}

/// `--id` and `--time`, declaring a panel.
struct PanelOptions: ParsableArguments {
    @Option(help: "The column identifying panel units (countries, pairs, firms).")
    var id: String?

    @Option(help: "The column identifying periods.")
    var time: String?

    /// The panel declaration, or nil when neither option is given; one without the other is an error.
    func specification() throws -> PanelSpecification? {
        switch (id, time) {
        case (nil, nil): return nil
        case (let id?, let time?): return PanelSpecification(unit: id, time: time)
        default: throw ValidationError("Give both --id and --time to declare a panel.")
        }
    }
}

/// Reads a data file, turning reader errors into messages that name the file.
func loadDataset(_ path: String) throws -> Dataset {
    guard FileManager.default.fileExists(atPath: path) else {
        throw GravityError.invalidInput("No such file: `\(path)`.")
    }
    return try DataReader.read(path: path)
}

/// Splits a comma-separated list, trimming spaces and dropping empty items.
func splitList(_ text: String) -> [String] {
    text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
}

/// Prints a status line to standard error, keeping standard output for the report itself.
func printToStandardError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
