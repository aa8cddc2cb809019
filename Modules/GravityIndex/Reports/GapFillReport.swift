import GravityCore
import GravityIO

/// The account of a gap filling as text: every filled cell, then the gaps left missing.
public enum GapFillReport {
    /// The filled cells as a table (unit, period, variable, value, how), the gaps left missing and
    /// the notes, in `language` (the unit, period and variable names as the data write them).
    public static func render(_ result: GapFillResult, panel: PanelSpecification, language: ReportLanguage = .en) -> String {
        let zh = language == .zh
        var out: String
        if result.filled.isEmpty {
            out = zh ? "没有填补任何单元格。\n" : "No cell was filled.\n"
        } else {
            let rows = result.filled.map { cell in
                [cell.unit, cell.period, cell.variable, NumberFormatting.significant(cell.value, digits: 8), cell.method.text(in: language)]
            }
            out = ReportTable(title: zh ? "已填补的单元格（\(result.filled.count) 个）" : "Filled cells (\(result.filled.count))",
                              header: [panel.unit, panel.time] + (zh ? ["变量", "填补值", "方式"] : ["Variable", "Value", "How"]), rows: rows).text
        }
        if !result.unfilled.isEmpty {
            out += (zh ? "\n仍缺失：\n" : "\nLeft missing:\n") + result.unfilled.map { "  - \($0.note(in: language))\n" }.joined()
        }
        let words = IndexWording(language)
        for section in result.bilingualNotes.sections(in: language, heading: words.notesHeading, untranslatedHeading: words.untranslatedNotesHeading) {
            out += "\n\(section.heading)\n" + section.sentences.map { "  - \($0)\n" }.joined()
        }
        return out
    }

    /// The closing line of `gravity fill`: where the filled dataset went and how many cells were filled.
    public static func written(to path: String, filled: Int, language: ReportLanguage = .en) -> String {
        language == .zh ? "已写入 \(path)：填补了 \(filled) 个单元格。" : "Wrote \(path): \(filled) cell(s) filled."
    }
}

extension FillMethod {
    /// `interpolated` or `extrapolated` in `language`.
    func text(in language: ReportLanguage) -> String {
        guard language == .zh else { return rawValue }
        switch self {
        case .interpolated: return "内插"
        case .extrapolated: return "外推"
        }
    }
}
