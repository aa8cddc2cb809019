import Foundation
import GravityKit
import GravityTestKit
import XCTest

/// The LaTeX table: checked structurally, and compiled with pdflatex where it is installed.
final class RegressionTableLaTeXTests: XCTestCase {
    /// Term names with every character LaTeX treats specially.
    private let awkward = KnownResults.result("special", terms: ["(Intercept)", "a#b", "c^2", "I(x~y)", "p<q|r>s", "back\\slash", "{braced}", "cost$"],
                                              estimates: [1, 2, 3, 4, 5, 6, 7, 8], standardErrors: [1, 1, 1, 1, 1, 1, 1, 1])

    private func table(_ options: RegressionTableOptions = .init(caption: "Gravity: 50% & more", label: "tab:gravity")) -> String {
        RegressionTable(models: [KnownResults.ols, KnownResults.fe, awkward], options: options).render(.latex)
    }

    /// The characters of `line` outside escapes (`\&`, `\{`, `\}`, `\$`, `\%`, `\#`, `\_`).
    private func unescaped(_ line: String) -> [Character] {
        var out: [Character] = [], escaped = false
        for character in line {
            if escaped { escaped = false; if "&{}$%#_\\".contains(character) { continue } }
            if character == "\\" { escaped = true }
            out.append(character)
        }
        return out
    }

    func testStructure() throws {
        let latex = table()
        let lines = latex.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first, "% Needs \\usepackage{booktabs,array,graphicx} in the preamble.")
        XCTAssertEqual(lines[1], "\\begin{table}[htbp]")
        XCTAssertEqual(lines.last, "\\end{table}")
        XCTAssertTrue(lines.contains("\\caption{Gravity: 50\\% \\& more}"), latex)
        XCTAssertTrue(lines.contains("\\label{tab:gravity}"), latex)

        var depth = 0
        for character in unescaped(latex) {
            if character == "{" { depth += 1 }
            if character == "}" { depth -= 1 }
            XCTAssertGreaterThanOrEqual(depth, 0, "a closing brace without an opening one")
        }
        XCTAssertEqual(depth, 0, "braces balance")

        var environments: [String] = []
        let pattern = try NSRegularExpression(pattern: #"\\(begin|end)\{([a-z]+)\}"#)
        for match in pattern.matches(in: latex, range: NSRange(latex.startIndex..., in: latex)) {
            let kind = String(latex[Range(match.range(at: 1), in: latex)!]), name = String(latex[Range(match.range(at: 2), in: latex)!])
            if kind == "begin" { environments.append(name) } else { XCTAssertEqual(environments.popLast(), name, "\\end{\(name)} closes its \\begin") }
        }
        XCTAssertEqual(environments, [], "every environment ends")

        let spec = try XCTUnwrap(lines.first { $0.hasPrefix("\\begin{tabular}{") })
        XCTAssertEqual(spec, "\\begin{tabular}{@{}>{\\raggedright\\arraybackslash}p{4.2cm}ccc@{}}", "a wrapping label column and one c column per model")
        let top = try XCTUnwrap(lines.firstIndex(of: "\\toprule")), bottom = try XCTUnwrap(lines.firstIndex(of: "\\bottomrule"))
        XCTAssertEqual(lines.filter { $0 == "\\toprule" || $0 == "\\bottomrule" }.count, 2)
        XCTAssertEqual(lines[top + 1], " & (1) & (2) & (3) \\\\")
        XCTAssertEqual(lines[top + 2], " & OLS & Fixed effects & special \\\\")
        XCTAssertEqual(lines[top..<bottom].filter { $0 == "\\midrule" }.count, 3, "under the header, before the statistics and before the tests")
        for line in lines[(top + 1)..<bottom] where !line.hasPrefix("\\midrule") {
            XCTAssertTrue(line.hasSuffix(" \\\\"), line)
            XCTAssertEqual(unescaped(line).filter { $0 == "&" }.count, 3, "four cells in: \(line)")
            XCTAssertEqual(unescaped(line).filter { $0 == "$" }.count % 2, 0, "math mode closes in: \(line)")
        }
    }

    func testCellsAndEscapes() {
        let latex = table()
        for row in ["(Intercept) & $1.500^{***}$ &  & $1.000$ \\\\", " & $(0.500)$ &  & $(1.000)$ \\\\",
                    "x\\_\\allowbreak{}2\\% & $0.000$ &  &  \\\\", "z\\&w &  & $2.000^{***}$ &  \\\\",
                    "a\\#b &  &  & $2.000^{**}$ \\\\", "c\\textasciicircum{}2 &  &  & $3.000^{***}$ \\\\",
                    "I(x\\textasciitilde{}y) &  &  & $4.000^{***}$ \\\\", "p\\textless{}q\\textbar{}r\\textgreater{}s &  &  & $5.000^{***}$ \\\\",
                    "back\\textbackslash{}slash &  &  & $6.000^{***}$ \\\\", "\\{braced\\} &  &  & $7.000^{***}$ \\\\", "cost\\$ &  &  & $8.000^{***}$ \\\\",
                    "$R^2$ & $0.500$ &  &  \\\\", "Observations & $100$ & $90$ & $100$ \\\\",
                    "Standard errors: (1), (3) classical; (2) clustered by id.\\par",
                    "$^{*}\\,p<0.10$, $^{**}\\,p<0.05$, $^{***}\\,p<0.01$\\par", "Standard errors in parentheses.\\par"] {
            XCTAssertTrue(latex.contains(row + "\n"), "missing `\(row)` in\n\(latex)")
        }
    }

    func testCompilesWithPdfLaTeXWhereInstalled() throws {
        _ = try compileLaTeXTable(table() + table(.init(parenthesized: .statistic, digits: 2, caption: "t statistics")),
                                  packages: RegressionTable.latexPackages, chinese: false)
    }
}
