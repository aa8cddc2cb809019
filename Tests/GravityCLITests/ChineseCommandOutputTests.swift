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
                              "log(population)", "internet_use", "ecommerce_trade", "(Intercept)", "amemiya", "plm", "random.method", "σ_u", "σ_e", "σ_v", "σ²_u", "σ²_v", "sfa-bc92", "ppml", "--prediction", "--allow-centred",
                              "--where", "--smearing", "re", "fe", "ols"]

    /// The estimators' and index builders' own notes stay in English under these headings; the
    /// check covers everything above them.
    private let originalNotesHeadings = ["注（估计程序的说明保留英文原文）", "注（计算说明保留英文原文）"]

    private func assertChinese(_ arguments: [String], names: [String], formats: [String] = ["text", "markdown"],
                               file: StaticString = #filePath, line: UInt = #line) throws {
        for format in formats {
            let run = try CommandRunner.gravity(arguments + ["--lang", "zh", "--format", format])
            XCTAssertEqual(run.status, 0, run.stderr, file: file, line: line)
            let checked = originalNotesHeadings.reduce(run.stdout) { $0.components(separatedBy: $1)[0] }
            XCTAssertEqual(ChineseOutputCheck.englishWords(in: checked, names: names), [], "\(format):\n\(run.stdout)", file: file, line: line)
        }
    }

    func testFit() throws {
        for model in ["ols", "fe", "re", "sfa-bc92"] {
            try assertChinese(["fit", panel, "--model", model, "--formula", formula, "--id", "partner", "--time", "year", "--where", "year >= 2014"]
                              + (model == "re" ? ["--option", "method=amemiya"] : []), names: panelNames)
        }
        try assertChinese(["fit", panel, "--model", "ppml", "--formula", "ecommerce_trade ~ log(gdp_pc) + internet_use | partner",
                           "--vcov", "cluster:partner"], names: panelNames)
        for family in ["gamma", "gaussian"] {
            try assertChinese(["fit", panel, "--model", "ppml", "--formula", "ecommerce_trade ~ log(gdp_pc) + internet_use | partner",
                               "--option", "family=\(family)"], names: panelNames + ["--option family=\(family)"])
        }
        // Absorbed effects (within R² adjusted), an unbalanced random-effects panel (θ varies by
        // unit: its least and largest values) and the cross-section frontier (variance of u itself).
        try assertChinese(["fit", panel, "--model", "ols", "--formula", formula + " | partner + year", "--vcov", "cluster:partner"], names: panelNames)
        try assertChinese(["fit", panel, "--model", "re", "--formula", formula, "--id", "partner", "--time", "year",
                           "--where", "partner != \"KAZ\" | year != 2015"], names: panelNames + ["swamy-arora", "swar"])
        try assertChinese(["fit", SharedData.repositoryPath("Examples/Data/grunfeld.csv"), "--model", "sfa", "--formula", "log(inv) ~ log(value) + log(capital)"],
                          names: ["log(inv)", "log(value)", "log(capital)", "(Intercept)", "sfa"])
        let run = try CommandRunner.gravity(["fit", panel, "--model", "ols", "--formula", formula, "--where", "year >= 2014", "--lang", "zh"])
        XCTAssertTrue(run.stdout.contains("样本：满足 year >= 2014 的 42 行（共 48 行）。"), run.stdout)
        let markdown = try CommandRunner.gravity(["fit", panel, "--model", "ols", "--formula", formula + " | partner", "--lang", "zh", "--format", "markdown"])
        XCTAssertTrue(markdown.stdout.hasPrefix("### 混合OLS（ols）：`\(formula) | partner`\n") && markdown.stdout.contains("\n- partner：6 个水平，吸收 6 个自由度\n"),
                      markdown.stdout)
    }

    /// Every note `fit` writes for OLS with fixed effects, the panel models and PPML is translated:
    /// on data that make them write notes (a zero group, a singleton unit, a regressor constant
    /// within units), no note is left under the English heading and the notes hold no English word.
    func testFitNotes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gravity-zh-notes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("notes.csv").path
        let units = "A,2.1,0.3;A,3.4,1.2;A,1.7,0.5;A,4.2,1.7;B,2.8,0.9;B,1.9,0.2;B,3.6,1.4;B,2.2,0.6;C,4.1,1.8;C,2.6,0.7;C,3.3,1.1;C,1.5,0.1;"
            + "D,1.8,0.4;D,3.9,1.6;D,2.4,0.8;D,3.1,1.3;Z,0,0.5;Z,0,0.9;Z,0,1.3;S,2.5,0.7"
        let rows = units.split(separator: ";").enumerated().map { index, row in
            let fields = row.split(separator: ",")
            let constant = ["B", "D", "Z"].contains(String(fields[0])) ? 1 : 0
            return "\(fields[0]),\(2001 + index % 4),\(fields[1]),\(fields[2]),\(constant)"
        }
        try (["id,year,y,x,c"] + rows).joined(separator: "\n").appending("\n").write(toFile: file, atomically: true, encoding: .utf8)
        let names = ["id", "year", "y", "x", "c", "log(y)", "fe", "re", "fd", "be", "ols", "ppml", "reghdfe", "fixest", "plm", "random.method",
                     "swamy-arora", "swar", "--option drop_singletons=false", "(Intercept)"]
        var runs = ["fe", "re", "fd", "be"].map { ["fit", file, "--model", $0, "--formula", "log(y) ~ x + c", "--id", "id", "--time", "year"] }
        runs.append(["fit", file, "--model", "ppml", "--formula", "y ~ x + c | id"])
        runs.append(["fit", file, "--model", "ols", "--formula", "y ~ x + c | id"])
        try assertNotesChinese(runs, names: names)
    }

    /// The difference-in-differences estimators' notes under `fit` are all translated.
    func testDifferenceInDifferencesFitNotes() throws {
        let file = try SharedData.path("data/mpdta.csv")
        let panel = ["--id", "countyreal", "--time", "year", "--option", "cohort=first.treat"]
        var runs = ["twfe-did", "sun-abraham", "cs-did", "did2s"].map { ["fit", file, "--model", $0, "--formula", "lemp ~ 1"] + panel }
        runs[2] += ["--option", "bootstrap=99"]
        runs.append(["fit", file, "--model", "event-study", "--formula", "lemp ~ i(rel_time, ref = -1)", "--option", "bin_min=-3"] + panel)
        try assertNotesChinese(runs, names: ["lemp", "countyreal", "rel_time", "ATT", "event", "e", "GMM", "Rademacher", "twfe-did", "sun-abraham",
                                             "cs-did", "did2s", "event-study", "lemp ~ i(rel_time, ref = -1)"])
    }

    /// Each run's Chinese text and Markdown has one notes section, under 注 (none left under the
    /// English heading), and neither the notes nor the rest of the report (statistic names, standard
    /// errors) holds an English word besides `names`.
    private func assertNotesChinese(_ runs: [[String]], names: [String], file: StaticString = #filePath, line: UInt = #line) throws {
        for arguments in runs {
            for format in ["text", "markdown"] {
                let run = try CommandRunner.gravity(arguments + ["--lang", "zh", "--format", format])
                XCTAssertEqual(run.status, 0, run.stderr, file: file, line: line)
                XCTAssertFalse(originalNotesHeadings.contains { run.stdout.contains($0) }, run.stdout, file: file, line: line)
                XCTAssertEqual(run.stdout.components(separatedBy: "注").count, 2, run.stdout, file: file, line: line)
                XCTAssertEqual(ChineseOutputCheck.englishWords(in: run.stdout, names: names), [], "\(format):\n\(run.stdout)", file: file, line: line)
            }
        }
    }

    func testDescribe() throws {
        let names = panelNames + ["log(gdp_pc)", "openness"]
        try assertChinese(["describe", panel, "--vars", "ecommerce_trade,log(gdp_pc),openness", "--where", "year >= 2014"], names: names)
        try assertChinese(["describe", panel, "--vars", "ecommerce_trade,openness", "--id", "partner", "--time", "year", "--by-unit"], names: names)
        // CSV keeps its shape: the sample note goes to standard error, in Chinese too.
        let csv = try CommandRunner.gravity(["describe", panel, "--vars", "openness", "--where", "year >= 2014", "--format", "csv", "--lang", "zh"])
        XCTAssertEqual(csv.stderr, "注：样本：满足 year >= 2014 的 42 行（共 48 行）。\n")
    }

    func testIndex() throws {
        let indicators = ["broadband", "internet_users", "secure_servers", "rail_freight", "logistics_performance"]
        for method in ["pca", "entropy", "equal"] {
            try assertChinese(["index", panel, "--vars", indicators.joined(separator: ","), "--method", method, "--id", "partner", "--time", "year",
                               "--cost-vars", "rail_freight", "--where", "year >= 2014"], names: panelNames + indicators + [method, "--format csv", "gravity fill"] + (1...5).flatMap { ["PC\($0)", "RC\($0)"] })
        }
        // The builders' notes (selection, dropped rows, cost indicators) are all translated and checked above.
        let run = try CommandRunner.gravity(["index", panel, "--vars", indicators.joined(separator: ","), "--cost-vars", "rail_freight",
                                             "--where", "year >= 2014", "--lang", "zh"])
        XCTAssertTrue(run.stdout.contains("注：\n") && !originalNotesHeadings.contains { run.stdout.contains($0) }, run.stdout)
        // With --append-to, the line saying where the extended data went is Chinese too.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gravity-zh-index-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        let extended = folder.appendingPathComponent("with_index.csv").path
        let appended = try CommandRunner.gravity(["index", panel, "--vars", indicators.joined(separator: ","), "--id", "partner", "--time", "year",
                                                  "--where", "year >= 2014", "--append-to", panel, "--output", extended, "--lang", "zh"])
        XCTAssertEqual(appended.status, 0, appended.stderr)
        XCTAssertTrue(appended.stderr.hasPrefix("已写入 \(extended)：\(panel) 加上新列 `index`（") && appended.stderr.hasSuffix("行没有指数值，记为缺失）。\n"), appended.stderr)
    }

    func testDifferenceInDifferences() throws {
        let names = ["lemp", "countyreal", "Sun", "Abraham", "Callaway", "Sant", "Anna", "did2s", "fixest", "GMM", "ATT", "DID", "Goodman", "Bacon", "2x2"]
        let did = ["did", try SharedData.path("data/mpdta.csv"), "--id", "countyreal", "--time", "year", "--cohort", "first.treat", "--outcome", "lemp", "--bootstrap", "0"]
        try assertChinese(did, names: names)
        let run = try CommandRunner.gravity(did + ["--lang", "zh"])
        XCTAssertTrue(run.stdout.contains("\n  处理组与从未处理组：权重 0.863，估计 -0.0407\n"), run.stdout)
    }

    /// `gravity fill --lang zh`: the filled cells, the gaps left missing with their reasons, the
    /// rows without a unit or period and the closing line are Chinese; the English report and the
    /// filled file do not change with the language.
    func testFill() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gravity-zh-fill-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("gaps.csv").path
        try "id,year,y,w\nA,2001,1,\nA,2002,,5\nA,2003,3,\nB,2001,,\nB,2002,4,\nB,2003,,\n,2002,7,1\n".write(toFile: data, atomically: true, encoding: .utf8)
        let outputs = ["en", "zh"].map { folder.appendingPathComponent("filled-\($0).csv").path }
        let fill = ["fill", data, "--id", "id", "--time", "year", "--vars", "y,w"]
        let english = try CommandRunner.gravity(fill + ["--output", outputs[0]])
        let chinese = try CommandRunner.gravity(fill + ["--output", outputs[1], "--lang", "zh"])
        XCTAssertEqual([english.status, chinese.status], [0, 0], english.stderr + chinese.stderr)
        XCTAssertTrue(english.stdout.hasPrefix("Filled cells (1)\n") && english.stdout.contains("\nLeft missing:\n") && english.stdout.contains("\n  - B, w: 2001, 2002, 2003 left missing, no observed value in this unit.\n")
                      && english.stdout.hasSuffix("\nWrote \(outputs[0]): 1 cell(s) filled.\n"), english.stdout)
        XCTAssertTrue(chinese.stdout.hasPrefix("已填补的单元格（1 个）\n") && chinese.stdout.contains("  - B，w：2001、2002、2003 仍缺失，该单位没有该变量的观测值。\n")
                      && chinese.stdout.contains("注：\n  - 1 行缺少 id 或 year，保持原样。"), chinese.stdout)
        XCTAssertEqual(ChineseOutputCheck.englishWords(in: chinese.stdout, names: ["id", "year", "y", "w", "A", "B", "--extrapolate", outputs[1]]), [], chinese.stdout)
        XCTAssertEqual(try String(contentsOfFile: outputs[0], encoding: .utf8), try String(contentsOfFile: outputs[1], encoding: .utf8))
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

    func testGeneralEquilibrium() throws {
        // Two sectors of a three-country table: the multi-sector model and its joint solution are described in Chinese.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gravity-zh-ge-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        let sectors = folder.appendingPathComponent("sectors.csv").path
        let size = ["A": 3.0, "B": 2.0, "C": 1.0]
        let rows = ["goods", "services"].flatMap { sector in
            size.keys.sorted().flatMap { o in
                size.keys.sorted().map { d in "\(sector),\(o),\(d),\(size[o]! * size[d]! * (o == d ? 1 : 0.5)),\(o == d ? 1 : 0.5),\(o == d ? 1 : 0.75)" }
            }
        }
        try (["sector,exporter,importer,trade,t0,t1"] + rows).joined(separator: "\n").appending("\n").write(toFile: sectors, atomically: true, encoding: .utf8)
        let sectorRun = ["ge", sectors, "--exporter", "exporter", "--importer", "importer", "--trade", "trade", "--costs", "t0", "--counterfactual-costs", "t1",
                         "--sector", "sector", "--reference", "C"]
        let sectorNames = ["A", "B", "C", "goods", "services", "t0", "t1", "Anderson", "Yotov", "Cobb-Douglas"]
        try assertChinese(sectorRun, names: sectorNames)
        let chart = folder.appendingPathComponent("ge.svg").path
        let sectorText = try CommandRunner.gravity(sectorRun + ["--lang", "zh", "--chart", chart]).stdout
        XCTAssertTrue(sectorText.hasPrefix("一般均衡反事实分析：贸易成本 t0 -> t1（σ = goods 7，services 7，基准国 C）\n"), sectorText)
        let labels = ChineseOutputCheck.visibleText(ofHTML: try String(contentsOfFile: chart, encoding: .utf8).components(separatedBy: "?>").last ?? "")
        XCTAssertTrue(labels.contains("实际GDP：贸易成本 t0 -> t1"), labels)
        XCTAssertEqual(ChineseOutputCheck.englishWords(in: labels, names: sectorNames), [], labels)

        let file = try SharedData.path("data/agtpa/1_TradeWithoutBorder.csv")
        let countries = Set(try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n").dropFirst().map { String($0.prefix { $0 != "," }) })
        let names = Array(countries) + ["log(DIST)", "CNTG", "INTL_BRDR", "INTL_BRDR=0", "ppml", "--stop book", "--stop converged", "budget_residuals"]
        let ge = ["ge", file, "--exporter", "exporter", "--importer", "importer", "--trade", "trade", "--formula", "log(DIST) + CNTG + INTL_BRDR",
                  "--scenario", "INTL_BRDR=0", "--reference", "ZZZ"]
        try assertChinese(ge + ["--stop", "book"], names: names)
        try assertChinese(ge + ["--method", "solver", "--endowment", "full"], names: names)
        let run = try CommandRunner.gravity(ge + ["--stop", "book", "--lang", "zh"])
        XCTAssertTrue(run.stdout.hasPrefix("一般均衡反事实分析：INTL_BRDR=0（σ = 7，基准国 ZZZ）\n基准 ppml 估计（"), run.stdout)
        XCTAssertTrue(run.stdout.contains("完全禀赋：GEPPML 循环（停止规则 --stop book），迭代 "), run.stdout)
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
