import Foundation
import XCTest

/// Text elements of an SVG whose estimated extent leaves the canvas (rotated axis titles excepted):
/// CJK characters count one em, others 0.62 em.
public func textOutsideCanvas(_ svg: String) -> [String] {
    func number(_ name: String, in text: String) -> Double? {
        guard let range = text.range(of: " \(name)=\"") else { return nil }
        return Double(text[range.upperBound...].prefix { $0 != "\"" })
    }
    guard let width = number("width", in: svg), let height = number("height", in: svg) else { return ["no size"] }
    var outside: [String] = []
    for element in svg.components(separatedBy: "<text ").dropFirst() where !element.contains("transform=") {
        let content = element.drop { $0 != ">" }.dropFirst().prefix { $0 != "<" }
        let x = number("x", in: " " + element) ?? 0, y = number("y", in: " " + element) ?? 0, size = number("font-size", in: " " + element) ?? 12
        let extent = content.reduce(0.0) { $0 + ($1.unicodeScalars.first!.value > 0x2E80 ? size : size * 0.62) }
        let anchor = element.contains("text-anchor=\"end\"") ? 1.0 : element.contains("text-anchor=\"middle\"") ? 0.5 : 0
        let left = x - anchor * extent, right = left + extent
        if left < 0 || right > width || y - size < 0 || y > height { outside.append(String(content)) }
    }
    return outside
}

/// Checks a chart as a reader gets it: well-formed XML, every label on the canvas, and, where
/// rsvg-convert is installed, rendered to a PNG (the check prints why it skips that step otherwise).
public func assertRendersInsideCanvas(_ svg: String, name: String, file: StaticString = #filePath, line: UInt = #line) throws {
    XCTAssertNil(xmlError(svg), name, file: file, line: line)
    XCTAssertEqual(textOutsideCanvas(svg), [], "\(name): text cut off at the canvas edge", file: file, line: line)
    guard let rsvg = try? executableOnPath("rsvg-convert", install: "librsvg2-bin") else { return }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chart-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let input = folder.appendingPathComponent("chart.svg"), output = folder.appendingPathComponent("chart.png")
    try svg.write(to: input, atomically: true, encoding: .utf8)
    XCTAssertEqual(try runTool(rsvg, ["-o", output.path, input.path]).status, 0, name, file: file, line: line)
    XCTAssertEqual(Array(try Data(contentsOf: output).prefix(4)), [0x89, 0x50, 0x4E, 0x47], "\(name) rendered to PNG", file: file, line: line)
}
