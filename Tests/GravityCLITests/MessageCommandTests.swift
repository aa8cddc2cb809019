import Foundation
import GravityTestKit
import XCTest

/// What the command line says when output cannot be written or an option or formula is unusual:
/// one plain sentence, never a raw system error.
final class MessageCommandTests: XCTestCase {
    private let panel = SharedData.repositoryPath("Examples/Data/china_central_asia_panel.csv")
    private let grunfeld = SharedData.repositoryPath("Examples/Data/grunfeld.csv")
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("gravity-messages-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    private func file(_ name: String, _ text: String) throws -> String {
        let path = directory.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        return path
    }

    private func assertPlainFailure(_ run: CommandRunner.Output, contains text: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertNotEqual(run.status, 0, file: file, line: line)
        XCTAssertTrue(run.stderr.contains(text), run.stderr, file: file, line: line)
        XCTAssertFalse(run.stderr.contains("NSCocoaErrorDomain") || run.stderr.contains("UserInfo"), run.stderr, file: file, line: line)
        XCTAssertEqual(run.stderr.split(separator: "\n").count, 1, run.stderr, file: file, line: line)
    }

    private var potentialArguments: [String] {
        ["potential", panel, "--model", "ols", "--id", "partner", "--time", "year", "--formula", "log(ecommerce_trade) ~ log(gdp_pc)"]
    }

    func testUnwritableOutputsAreOnePlainSentence() throws {
        let folder = directory.path
        assertPlainFailure(try CommandRunner.gravity(["describe", grunfeld, "--output", folder]), contains: "it is a folder")
        assertPlainFailure(try CommandRunner.gravity(potentialArguments + ["--chart", folder]), contains: "it is a folder")
        assertPlainFailure(try CommandRunner.gravity(["compare", grunfeld, "--spec", "ols : inv ~ value", "--format", "docx", "--output", folder]),
                           contains: "it is a folder")
        let plain = try file("plain.txt", "keep")
        assertPlainFailure(try CommandRunner.gravity(["demo", "--output-dir", plain + "/demo"]), contains: "is a file, not a folder")
        XCTAssertEqual(try String(contentsOfFile: plain, encoding: .utf8), "keep")
    }

    func testOutputThroughASymbolicLinkWritesTheTarget() throws {
        let target = try file("target.txt", "old")
        let link = directory.appendingPathComponent("link.txt").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        let run = try CommandRunner.gravity(["describe", grunfeld, "--vars", "inv", "--output", link])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(try String(contentsOfFile: target, encoding: .utf8).contains("inv"))
        XCTAssertNotNil(try? FileManager.default.destinationOfSymbolicLink(atPath: link))
    }

    func testNegativeNumbersAreOptionValues() throws {
        let run = try CommandRunner.gravity(potentialArguments + ["--thresholds", "-5,-1", "--format", "json"])
        XCTAssertEqual(run.status, 0, run.stderr)
    }

    func testFixedEffectsExplainsWhatTheBarMeansForFE() throws {
        let run = try CommandRunner.gravity(["fit", grunfeld, "--model", "fe", "--id", "firm", "--time", "year", "--formula", "inv ~ value | firm"])
        assertPlainFailure(run, contains: "absorbs the panel unit given by --id")
    }

    func testTextInANumericColumnIsNamedByDescribeAndFit() throws {
        var text = "y,x,t\n"
        for row in 1...12 { text += "\(row % 5),\(row == 7 ? "-" : String(row * 3 % 7)),\(row)\n" }
        let data = try file("odd.csv", text)
        let describe = try CommandRunner.gravity(["describe", data])
        XCTAssertEqual(describe.status, 0, describe.stderr)
        XCTAssertTrue(describe.stderr.contains("line 8 holds `-`"), describe.stderr)
        let fit = try CommandRunner.gravity(["fit", data, "--model", "ols", "--formula", "y ~ x + t", "--format", "json"])
        XCTAssertEqual(fit.status, 0, fit.stderr)
        XCTAssertTrue(fit.stdout.contains("is a text column") && fit.stdout.contains("line 8 holds"), fit.stdout)
        let index = try CommandRunner.gravity(["index", data, "--vars", "x,t", "--method", "equal"])
        XCTAssertNotEqual(index.status, 0)
        XCTAssertFalse(index.stderr.contains("factor("), index.stderr)
    }
}
