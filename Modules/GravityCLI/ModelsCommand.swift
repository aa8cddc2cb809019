import ArgumentParser
import GravityKit

/// `gravity models`: the registered estimators, their descriptions and options.
struct ModelsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "models", abstract: "List the registered estimators and their options.")

    @Option(help: "Output format: text or json.")
    var format: ReportFormat = .text

    func run() throws {
        let descriptors = EstimatorRegistry.standard().descriptors
        switch format {
        case .json:
            print(JSONValue.array(descriptors.map(Self.json)).serialized())
        case .text, .markdown, .csv:
            for d in descriptors {
                let aliases = d.aliases.isEmpty ? "" : " (aliases: \(d.aliases.joined(separator: ", ")))"
                print("\(d.name)\(aliases)\n  \(d.summary)")
                print("  standard errors: \(d.covarianceKinds.map(\.rawValue).sorted().joined(separator: ", "))" + (d.requiresPanel ? "; needs --id and --time" : ""))
                for o in d.options { print("  --option \(o.name)=<\(o.kind.display)>  (default \(o.defaultValue)) \(o.help)") }
            }
        }
    }

    static func json(_ d: EstimatorDescriptor) -> JSONValue {
        .object([
            ("name", .string(d.name)), ("aliases", .array(d.aliases.map { .string($0) })), ("description", .string(d.summary)),
            ("requires_panel", .bool(d.requiresPanel)),
            ("covariance", .array(d.covarianceKinds.map(\.rawValue).sorted().map { .string($0) })),
            ("options", .array(d.options.map { o in
                .object([("name", .string(o.name)), ("type", .string(o.kind.display)), ("default", .string(o.defaultValue)), ("help", .string(o.help))])
            })),
        ])
    }
}
