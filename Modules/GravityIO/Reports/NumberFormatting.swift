import Foundation
import GravityCore

/// Number formats shared by the text, Markdown and CSV writers.
public enum NumberFormatting {
    /// `x` with `digits` significant digits, switching to scientific notation for very small or large magnitudes.
    public static func significant(_ x: Double, digits: Int = 6) -> String {
        guard x.isFinite else { return x.isNaN ? "NA" : (x > 0 ? "Inf" : "-Inf") }
        if x == 0 { return "0" }
        let magnitude = abs(x)
        if magnitude >= 1e-4 && magnitude < 1e9 {
            var text = String(format: "%.\(digits)g", x)
            if text.contains("e") { text = String(format: "%.\(max(0, digits - 1))f", x) }
            return text
        }
        return String(format: "%.\(max(0, digits - 1))e", x)
    }

    /// A p-value: four significant digits, and `< 2.2e-16`-style text avoided (the exact value is
    /// printed); a p-value below the smallest double says so in `language`.
    public static func pValue(_ p: Double, language: ReportLanguage = .en) -> String {
        guard p.isFinite else { return "NA" }
        if p == 0 { return language == .zh ? "0（下溢）" : "0 (underflow)" }
        return p < 1e-4 ? String(format: "%.3e", p) : String(format: "%.4f", p)
    }

    /// An integer with thousands separators: 99,981.
    public static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return (value < 0 ? "-" : "") + out
    }

    /// The shortest text that reads back to the same double (for CSV and JSON).
    public static func exact(_ x: Double) -> String {
        guard x.isFinite else { return x.isNaN ? "" : (x > 0 ? "Inf" : "-Inf") }
        if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
        return "\(x)"
    }
}

/// A plain-text table with aligned columns: the first column left-aligned, the others right-aligned.
public struct TextTable {
    /// Header cells.
    public var header: [String]
    /// Body rows.
    public var rows: [[String]]

    /// A table with the given header and rows.
    public init(header: [String], rows: [[String]]) {
        self.header = header
        self.rows = rows
    }

    /// The table as lines of text, with a rule under the header.
    public func rendered(indent: String = "") -> String {
        let all = [header] + rows
        let widths = header.indices.map { j in all.map { $0.count > j ? $0[j].terminalWidth : 0 }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            indent + cells.enumerated().map { j, cell in
                let pad = String(repeating: " ", count: max(0, widths[j] - cell.terminalWidth))
                return j == 0 ? cell + pad : pad + cell
            }.joined(separator: "  ")
        }
        let rule = indent + String(repeating: "-", count: widths.reduce(0, +) + 2 * max(0, widths.count - 1))
        return ([line(header), rule] + rows.map(line)).joined(separator: "\n")
    }
}
