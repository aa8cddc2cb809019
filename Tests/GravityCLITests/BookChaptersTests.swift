import Foundation
import GravityTestKit
import XCTest

/// Every command of docs/book-chapters-1-2.md (the book's Chapters 1 and 2, one command per
/// specification), run as written: coefficients and standard errors (Stata's conventions, as the
/// commands ask) against pyfixest on the same data, relative 1e-6; the number of observations
/// exactly. `References/make_book_references.py` builds the book's variables with pandas, as the
/// book's do-files do, and wrote `References/book_references.json`.
final class BookChaptersTests: XCTestCase {
    private static let document = "docs/book-chapters-1-2.md"
    private static let references = "Tests/GravityCLITests/References/book_references.json"

    private func commands() throws -> [DocumentedCommand] {
        try DocumentedCommand.all(in: String(contentsOfFile: SharedData.repositoryPath(Self.document), encoding: .utf8))
    }

    private func referenceTable() throws -> [String: [String: Any]] {
        let data = try Data(contentsOf: URL(fileURLWithPath: SharedData.repositoryPath(Self.references)))
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        return try XCTUnwrap(object["specifications"] as? [String: [String: Any]])
    }

    /// The document and the references name the same specifications (runs without ../shared).
    func testEveryEstimateInTheDocumentHasAReference() throws {
        let commands = try commands()
        XCTAssertEqual(Set(commands.map(\.id)).count, commands.count, "identifiers repeat")
        let fits = Set(commands.filter { $0.arguments.first == "fit" }.map(\.id))
        XCTAssertEqual(fits, Set(try referenceTable().keys))
        XCTAssertTrue(commands.contains { $0.id == "c1-a3-globalization" })
        XCTAssertEqual(try DocumentedCommand.split(#"fit "a b" --scenario 'x=c("U", "V")'"#), ["fit", "a b", "--scenario", #"x=c("U", "V")"#])
    }

    func testEveryCommandReproducesItsReference() throws {
        _ = try SharedData.path("data/agtpa/Chapter1Application1.csv")
        let commands = try commands()
        let references = try referenceTable()
        let outputs = ConcurrentResults<CommandRunner.Output>(count: commands.count)
        DispatchQueue.concurrentPerform(iterations: commands.count) { k in
            let command = commands[k]
            let json = command.arguments.first == "fit" ? ["--format", "json"] : []
            outputs.set(k, Result { try CommandRunner.gravity(command.arguments + json, in: SharedData.repositoryRoot) })
        }
        for (k, command) in commands.enumerated() {
            let run = try outputs.get(k)
            XCTAssertEqual(run.status, 0, "\(command.id): \(run.stderr)")
            guard run.status == 0 else { continue }
            guard command.arguments.first == "fit" else {
                XCTAssertTrue(run.stdout.contains("General-equilibrium counterfactual"), command.id)
                continue
            }
            try compare(run.stdout, with: try XCTUnwrap(references[command.id]), id: command.id)
        }
    }

    /// `compare` computes `ave()` before `--where` as `fit` does: the book's Table 1 columns (1)
    /// and (3) side by side give the same output elasticity as the reference.
    func testCompareComputesGroupStatisticsBeforeTheSelection() throws {
        let data = try SharedData.path("data/agtpa/Chapter1Application1.csv")
        let output = "log(ave(trade, exporter, year, FUN = sum))"
        let run = try CommandRunner.gravity([
            "compare", data, "--where", "exporter != importer & year %in% c(1986, 1990, 1994, 1998, 2002, 2006)",
            "--spec", "OLS = ols : log(trade) ~ log(DIST) + CNTG + LANG + CLNY + \(output) + log(ave(trade, importer, year, FUN = sum))",
            "--spec", "FE = ols : log(trade) ~ log(DIST) + CNTG + LANG + CLNY | exporter^year + importer^year",
            "--vcov", "cluster:pair_id", "--option", "ssc=stata", "--format", "json",
        ])
        XCTAssertEqual(run.status, 0, run.stderr)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let rows = try XCTUnwrap(object["coefficients"] as? [[String: Any]])
        let row = try XCTUnwrap(rows.first { $0["term"] as? String == output })
        let cell = try XCTUnwrap((row["values"] as? [Any])?.first as? [String: Any])
        let expected = try XCTUnwrap((try referenceTable()["c1-a1-ols"]?["coef"] as? [String: Double])?[output])
        XCTAssertEqual(try XCTUnwrap(cell["estimate"] as? Double), expected, accuracy: 1e-6 * abs(expected))
    }

    private func compare(_ json: String, with reference: [String: Any], id: String) throws {
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        XCTAssertEqual(object["nobs"] as? Int, reference["nobs"] as? Int, id)
        let rows = try XCTUnwrap(object["coefficients"] as? [[String: Any]])
        let estimates = try XCTUnwrap(reference["coef"] as? [String: Double])
        let errors = try XCTUnwrap(reference["se"] as? [String: Double])
        for (term, expected) in estimates {
            let row = try XCTUnwrap(rows.first { $0["term"] as? String == term }, "\(id): no term \(term)")
            // Closed forms and PPML at convergence: 1e-6 relative, coefficients and standard errors.
            XCTAssertEqual(try XCTUnwrap(row["estimate"] as? Double), expected, accuracy: 1e-6 * abs(expected), "\(id) \(term)")
            let se = try XCTUnwrap(errors[term])
            XCTAssertEqual(try XCTUnwrap(row["std_error"] as? Double), se, accuracy: 1e-6 * se, "\(id) \(term) SE")
        }
    }
}

/// Results written by concurrent tasks, one slot each.
private final class ConcurrentResults<Value>: @unchecked Sendable {
    private var slots: [Result<Value, any Error>?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ result: Result<Value, any Error>) {
        lock.lock()
        slots[index] = result
        lock.unlock()
    }

    func get(_ index: Int) throws -> Value {
        try slots[index]!.get()
    }
}
