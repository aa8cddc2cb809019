/// The formats a counterfactual report can be written in.
public enum GEReportFormat: String, Sendable, CaseIterable {
    /// Aligned plain text.
    case text
    /// The documented JSON.
    case json
    /// GitHub-flavoured Markdown.
    case markdown
    /// Comma-separated values, one row per country.
    case csv
    /// A LaTeX booktabs table.
    case latex
    /// A Word document (.docx), binary: written with ``GEReport/docx(_:chinese:)``.
    case docx
}

/// Labels of the report tables in English or Chinese.
struct GEVocabulary {
    let chinese: Bool

    var country: String { chinese ? "国家" : "Country" }
    var conditional: String { chinese ? "条件一般均衡" : "Conditional GE" }
    var full: String { chinese ? "完全禀赋一般均衡" : "Full endowment GE" }
    var exports: String { chinese ? "出口" : "Exports" }
    var outward: String { chinese ? "外向多边阻力" : "OMR" }
    var inward: String { chinese ? "内向多边阻力" : "IMR" }
    var price: String { chinese ? "出厂价格" : "Price" }
    var realGDP: String { chinese ? "实际GDP" : "Real GDP" }
    var interval: String { chinese ? "区间" : "interval" }
    var unit: String { chinese ? "变化百分比（%）" : "percentage changes from the baseline" }
}
