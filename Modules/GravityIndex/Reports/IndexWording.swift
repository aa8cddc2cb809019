import GravityCore
import GravityIO

/// The headings and labels of a composite-index report (text and Markdown) in one language.
struct IndexWording {
    let zh: Bool

    init(_ language: RegressionTableOptions.Language) {
        zh = language == .zh
    }

    func heading(method: String, indicators: Int, observations: Int, scaled: Bool) -> String {
        if zh { return "综合指数 `\(method)`：\(indicators) 个指标，\(observations) 个观测值，" + (scaled ? "极差标准化到 [0, 1]。" : "未标准化。") }
        return "Composite index `\(method)`: \(indicators) indicators, \(observations) observations, " + (scaled ? "min-max scaled to [0, 1]." : "not scaled.")
    }

    /// Kaiser's words for an overall KMO (Kaiser and Rice 1974), and their usual Chinese renderings.
    func kmoVerdict(_ english: String) -> String {
        guard zh else { return english }
        let chinese = ["marvelous": "极好", "meritorious": "良好", "middling": "中等", "mediocre": "一般", "miserable": "较差",
                       "unacceptable": "不可接受", "undefined": "无定义"]
        return chinese[english] ?? english
    }

    func bartlett(df: String, statistic: String, p: String) -> String {
        zh ? "Bartlett 球形检验：χ²(\(df)) = \(statistic)，p = \(p)" : "Bartlett's sphericity test: chi2(\(df)) = \(statistic), p = \(p)"
    }

    func componentsKept(_ count: Int, rule: ComponentRetention) -> String {
        guard zh else { return "Components kept: \(count) (\(rule.description))" }
        let text: String
        switch rule {
        case .kaiser: text = "Kaiser 准则：特征值 > 1"
        case .fixed(let k): text = "指定 \(k) 个主成分"
        case .cumulativeVariance(let target): text = "累计方差贡献率 >= \(target)"
        }
        return "保留主成分：\(count) 个（\(text)）"
    }

    var eigenvaluesTitle: String { zh ? "相关系数矩阵的特征值" : "Eigenvalues of the correlation matrix" }
    var component: String { zh ? "主成分" : "Component" }
    var eigenvalue: String { zh ? "特征值" : "Eigenvalue" }
    var proportion: String { zh ? "方差贡献率" : "Proportion" }
    var cumulative: String { zh ? "累计贡献率" : "Cumulative" }
    var weight: String { zh ? "权重" : "Weight" }
    var rotatedTitle: String { zh ? "方差最大化旋转后的载荷" : "Varimax-rotated loadings" }
    var indicator: String { zh ? "指标" : "Indicator" }
    var correlationTitle: String { zh ? "相关系数矩阵" : "Correlation matrix" }
    var mean: String { zh ? "均值" : "Mean" }
    var standardDeviation: String { zh ? "标准差" : "Std. Dev." }
    var msa: String { zh ? "MSA（抽样适当性）" : "MSA" }
    func loading(_ component: Int) -> String { zh ? "PC\(component) 载荷" : "Loading PC\(component)" }
    var communality: String { zh ? "共同度" : "Communality" }
    var entropy: String { zh ? "信息熵" : "Entropy" }
    var divergence: String { zh ? "差异系数" : "Divergence" }
    var direction: String { zh ? "方向" : "Direction" }
    func direction(cost: Bool) -> String { zh ? (cost ? "逆向" : "正向") : (cost ? "cost" : "benefit") }
    var indicatorsTitle: String { zh ? "指标" : "Indicators" }
    var row: String { zh ? "行" : "Row" }
    var composite: String { zh ? "综合得分" : "Composite" }
    var index: String { zh ? "指数" : "Index" }

    func indexTitle(shown: Int, total: Int) -> String {
        guard shown < total else { return index }
        return zh ? "指数（共 \(total) 行，显示前 \(shown) 行；--format csv 输出全部）" : "Index (first \(shown) of \(total) rows; --format csv writes all)"
    }

    /// The heading of the builders' notes, and (in Chinese) of those written in English only.
    var notesHeading: String { zh ? "注：" : "Notes:" }
    var untranslatedNotesHeading: String { zh ? "注（计算说明保留英文原文）：" : "Notes:" }
}
