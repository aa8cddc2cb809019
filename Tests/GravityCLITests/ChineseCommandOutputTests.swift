import Foundation
import GravityTestKit
import XCTest

/// With `--lang zh`, each command's text and Markdown output holds no English word: only the
/// names the user gave (variables, data labels, model identifiers, option names), numbers and the
/// proper names Chinese papers keep in Latin letters (one shared checker, ``ChineseOutputCheck``).
final class ChineseCommandOutputTests: XCTestCase {
    private let panel = SharedData.repositoryPath("Examples/Data/china_central_asia_panel.csv")
    private let formula = "log(ecommerce_trade) ~ log(gdp_pc) + log(population) + internet_use"
    /// The data's partners and columns, the models and options named in the outputs.
    private let panelNames = ["KAZ", "KGZ", "RUS", "TJK", "TKM", "UZB", "partner", "year", "log(ecommerce_trade)", "log(gdp_pc)",
                              "log(population)", "internet_use", "ecommerce_trade", "(Intercept)", "σ_u", "σ_e", "--prediction", "--allow-centred",
                              "--where", "--smearing", "re", "fe", "ols"]

    private func assertChinese(_ arguments: [String], names: [String], formats: [String] = ["text", "markdown"],
                               file: StaticString = #filePath, line: UInt = #line) throws {
        for format in formats {
            let run = try CommandRunner.gravity(arguments + ["--lang", "zh", "--format", format])
            XCTAssertEqual(run.status, 0, run.stderr, file: file, line: line)
            XCTAssertEqual(ChineseOutputCheck.englishWords(in: run.stdout, names: names), [], "\(format):\n\(run.stdout)", file: file, line: line)
        }
    }

    func testPotential() throws {
        let model = ["--id", "partner", "--time", "year", "--formula", formula]
        try assertChinese(["potential", panel, "--model", "re", "--option", "method=amemiya", "--where", "year >= 2014"] + model, names: panelNames)
        try assertChinese(["potential", panel, "--model", "fe", "--prediction", "xb"] + model, names: panelNames)
        try assertChinese(["potential", panel, "--model", "fe", "--allow-centred"] + model, names: panelNames)
        try assertChinese(["potential", panel, "--model", "ols", "--smearing"] + model, names: panelNames)
        // CSV keeps its column names (the header is data, read by pandas and R); its warning line and classes are Chinese.
        let csv = try CommandRunner.gravity(["potential", panel, "--model", "fe", "--allow-centred", "--lang", "zh", "--format", "csv"] + model)
        XCTAssertTrue(csv.stdout.hasPrefix("# 警告（--allow-centred）") && csv.stdout.contains(",潜力拓展型\n"), csv.stdout)
    }

    func testCompare() throws {
        try assertChinese(["compare", panel, "--models", "ols,fe,re", "--option", "method=amemiya", "--formula", formula, "--id", "partner",
                           "--time", "year", "--tests", "f,bp,hausman,robust-hausman", "--where", "year >= 2014"], names: panelNames)
    }

    func testTheCheckerFindsEnglish() throws {
        let run = try CommandRunner.gravity(["potential", panel, "--model", "re", "--option", "method=amemiya", "--id", "partner", "--time", "year", "--formula", formula])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(ChineseOutputCheck.englishWords(in: run.stdout, names: panelNames).contains("Notes"), run.stdout)
    }
}
