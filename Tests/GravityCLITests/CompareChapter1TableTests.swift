import Foundation
import GravityTestKit
import XCTest

/// The book's Chapter 1 table (Yotov et al. 2016: OLS, OLS with exporter-year and importer-year
/// effects, PPML) from one `gravity compare` call on the AGTPA panel, in LaTeX (compiled, no
/// overfull box), Markdown, HTML and Word, in English and Chinese; the numbers against pyfixest
/// (`References/make_chapter1_table.py` wrote `References/chapter1_table.json`).
///
/// A specification whose estimator is not available yet (PPML, or `ols` with `|` fixed effects)
/// is left out with a printed reason, so the test runs with what exists.
final class CompareChapter1TableTests: XCTestCase {
    private static let sample = "exporter != importer & year %in% c(1986, 1990, 1994, 1998, 2002, 2006)"
    private static let regressors = "log(DIST) + CNTG + LANG + CLNY"
    private static let specifications = [
        ("OLS", "OLS = ols : log(trade) ~ \(regressors)"),
        ("FE", "FE = ols : log(trade) ~ \(regressors) | exporter^year + importer^year"),
        ("PPML", "PPML = ppml : trade ~ \(regressors) | exporter^year + importer^year"),
    ]

    /// The arguments of the compare call for the specifications that run, and their labels.
    private func command(_ data: String) throws -> (arguments: [String], labels: [String]) {
        var chosen = Self.specifications
        while true {
            let arguments = ["compare", data, "--where", Self.sample, "--vcov", "cluster:pair_id"] + chosen.flatMap { ["--spec", $0.1] }
            let run = try CommandRunner.gravity(arguments + ["--format", "json"])
            if run.status == 0 { return (arguments, chosen.map(\.0)) }
            let unavailable = run.stderr.contains("takes no part after `|`") || run.stderr.contains("`ppml`")
            guard unavailable, let failed = chosen.firstIndex(where: { run.stderr.contains("Specification `\($0.0)`") || ($0.0 == "PPML" && run.stderr.contains("`ppml`")) }) else {
                XCTFail(run.stderr)
                throw XCTSkip("compare failed")
            }
            print("Chapter 1 table: left out `\(chosen[failed].0)` until its estimator is on main: \(run.stderr.split(separator: "\n").first ?? "")")
            chosen.remove(at: failed)
            guard !chosen.isEmpty else { throw XCTSkip("no specification runs") }
        }
    }

    func testTheBooksTableInEveryFormatAndBothLanguages() throws {
        let data = try SharedData.path("data/agtpa/Chapter1Application1.csv")
        let (arguments, labels) = try command(data)
        let referenceData = try Data(contentsOf: URL(fileURLWithPath: SharedData.repositoryPath("Tests/GravityCLITests/References/chapter1_table.json")))
        let reference = try XCTUnwrap(JSONSerialization.jsonObject(with: referenceData) as? [String: Any])

        let json = try CommandRunner.gravity(arguments + ["--format", "json"])
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(object["columns"] as? [String], labels)
        let coefficients = try XCTUnwrap(object["coefficients"] as? [[String: Any]])
        let nobs = try XCTUnwrap(object["nobs"] as? [Int])
        for (column, label) in labels.enumerated() {
            let expected = try XCTUnwrap((reference["columns"] as? [String: Any])?[label] as? [String: Any])
            XCTAssertEqual(nobs[column], expected["nobs"] as? Int, label)
            for (term, values) in try XCTUnwrap(expected["coefficients"] as? [String: [String: Double]]) {
                let row = try XCTUnwrap(coefficients.first { $0["term"] as? String == term }, "\(label) \(term)")
                let cell = try XCTUnwrap((row["values"] as? [Any])?[column] as? [String: Any], "\(label) \(term)")
                // Closed forms (OLS, the within projection) and PPML's IRLS at convergence: 1e-6 relative.
                XCTAssertEqual(try XCTUnwrap(cell["estimate"] as? Double), values["estimate"]!, accuracy: 1e-6 * abs(values["estimate"]!), "\(label) \(term)")
                XCTAssertEqual(try XCTUnwrap(cell["std_error"] as? Double), values["std_error"]!, accuracy: 1e-6 * values["std_error"]!, "\(label) \(term) SE")
            }
        }

        for language in ["en", "zh"] {
            let latex = try CommandRunner.gravity(arguments + ["--format", "latex", "--lang", language, "--caption", "Chapter 1", "--label", "tab:chapter1",
                                                               "--rename", "log(DIST)=Log distance"])
            XCTAssertEqual(latex.status, 0, latex.stderr)
            XCTAssertTrue(latex.stdout.contains("\\label{tab:chapter1}"))
            XCTAssertTrue(latex.stdout.contains("25{,}689"), "thousands separators: " + latex.stdout)
            _ = try compileLaTeXTable(latex.stdout, packages: ["booktabs", "array", "graphicx"], chinese: language == "zh")

            let markdown = try CommandRunner.gravity(arguments + ["--format", "markdown", "--lang", language])
            XCTAssertEqual(markdown.status, 0, markdown.stderr)
            XCTAssertTrue(markdown.stdout.contains("| | (1) |") || markdown.stdout.contains("|  | (1) |"), markdown.stdout)
            if labels.contains("FE") {
                XCTAssertTrue(markdown.stdout.contains(language == "zh" ? "exporter-year 固定效应" : "Exporter-year FE"), markdown.stdout)
            }

            let html = try CommandRunner.gravity(arguments + ["--format", "html", "--lang", language])
            XCTAssertEqual(html.status, 0, html.stderr)
            XCTAssertNil(xmlError(html.stdout))

            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chapter1-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let path = folder.appendingPathComponent("table.docx").path
            let word = try CommandRunner.gravity(arguments + ["--format", "docx", "--lang", language, "--output", path])
            XCTAssertEqual(word.status, 0, word.stderr)
            let document = try wordDocumentXML(unzipping: try Data(contentsOf: URL(fileURLWithPath: path)))
            XCTAssertTrue(document.contains(language == "zh" ? "观测值" : "Observations"))
            XCTAssertTrue(document.contains("25,689"))
        }
    }
}
