import Foundation
import XCTest
#if canImport(FoundationXML)
import FoundationXML
#endif

// Checks of output files with the tools a reader would use (pdflatex, unzip, rsvg-convert,
// cmark-gfm, an XML parser); a test skips with a printed reason where a tool is not installed.

/// The parser's error when `text` is not well-formed XML; `nil` when it is.
public func xmlError(_ text: String) -> String? {
    let parser = XMLParser(data: Data(text.utf8))
    return parser.parse() ? nil : String(describing: parser.parserError)
}

/// The path of the executable `name` on PATH; otherwise prints why the test is skipped and throws `XCTSkip`.
public func executableOnPath(_ name: String, install: String) throws -> String {
    let candidates = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map { "\($0)/\(name)" }
    guard let path = candidates.first(where: FileManager.default.isExecutableFile) else {
        let reason = "skipped: \(name) is not on PATH (Debian: \(install))"
        print(reason)
        throw XCTSkip(reason)
    }
    return path
}

/// Runs `executable` with `arguments` in `folder`, feeding it `input`; returns its exit status and standard output.
public func runTool(_ executable: String, _ arguments: [String], in folder: URL? = nil, input: String = "") throws -> (status: Int32, output: String) {
    let process = Process(), output = Pipe(), standardInput = Pipe()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.currentDirectoryURL = folder
    process.standardOutput = output
    process.standardInput = standardInput
    try process.run()
    standardInput.fileHandleForWriting.write(Data(input.utf8))
    try standardInput.fileHandleForWriting.close()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}

/// Compiles `body` (a LaTeX table) in an article with pdflatex and asserts that it compiles with
/// no overfull box and no missing character; Chinese tables are compiled the way their first
/// comment gives for pdflatex (CJKutf8, Arphic gbsn). Returns the log. Skips where pdflatex (or,
/// for Chinese, CJKutf8) is not installed.
public func compileLaTeXTable(_ body: String, packages: [String], chinese: Bool, file: StaticString = #filePath, line: UInt = #line) throws -> String {
    let pdflatex = try executableOnPath("pdflatex", install: "texlive-latex-base texlive-latex-recommended")
    if chinese {
        let kpsewhich = try executableOnPath("kpsewhich", install: "texlive-binaries")
        guard try runTool(kpsewhich, ["CJKutf8.sty"]).status == 0, try runTool(kpsewhich, ["gbsnu80.tfm"]).status == 0 else {
            print("skipped: CJKutf8 or the Arphic gbsn font is not installed (Debian: latex-cjk-chinese)")
            throw XCTSkip("CJKutf8 is not installed")
        }
    }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("latex-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let document = "\\documentclass{article}\n\\usepackage{" + (packages + (chinese ? ["CJKutf8"] : [])).joined(separator: ",") + "}\n\\begin{document}\n"
        + (chinese ? "\\begin{CJK}{UTF8}{gbsn}\n" + body + "\\end{CJK}\n" : body) + "\\end{document}\n"
    try document.write(to: folder.appendingPathComponent("table.tex"), atomically: true, encoding: .utf8)
    let status = try runTool(pdflatex, ["-interaction=nonstopmode", "-halt-on-error", "table.tex"], in: folder).status
    let log = (try? String(contentsOf: folder.appendingPathComponent("table.log"), encoding: .utf8)) ?? ""
    XCTAssertEqual(status, 0, String(log.suffix(2000)), file: file, line: line)
    XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent("table.pdf").path), file: file, line: line)
    XCTAssertFalse(log.contains("Overfull \\hbox"), "the table fits the line:\n" + String(log.suffix(3000)), file: file, line: line)
    XCTAssertFalse(log.contains("Missing character"), "every character exists in the font", file: file, line: line)
    return log
}

/// Unzips a .docx with the `unzip` tool (which checks every entry's CRC-32), asserts that its
/// package parts are well-formed XML and returns `word/document.xml`. Skips where unzip is absent.
public func wordDocumentXML(unzipping data: Data, file: StaticString = #filePath, line: UInt = #line) throws -> String {
    let unzip = try executableOnPath("unzip", install: "unzip")
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("docx-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try data.write(to: folder.appendingPathComponent("table.docx"))
    let check = try runTool(unzip, ["-t", "table.docx"], in: folder)
    XCTAssertEqual(check.status, 0, "CRC-32 and headers check out: " + check.output, file: file, line: line)
    XCTAssertEqual(try runTool(unzip, ["-q", "table.docx"], in: folder).status, 0, file: file, line: line)
    for part in ["[Content_Types].xml", "_rels/.rels", "word/document.xml"] {
        let text = try String(contentsOf: folder.appendingPathComponent(part), encoding: .utf8)
        XCTAssertNil(xmlError(text), part, file: file, line: line)
    }
    return try String(contentsOf: folder.appendingPathComponent("word/document.xml"), encoding: .utf8)
}
