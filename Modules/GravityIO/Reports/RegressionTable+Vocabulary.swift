import Foundation

extension RegressionTable {
    /// Labels and notes in one language.
    struct Vocabulary {
        let language: RegressionTableOptions.Language

        init(_ language: RegressionTableOptions.Language) {
            self.language = language
        }

        private var zh: Bool { language == .zh }

        /// The heading of the label column: blank in English tables, 变量 in Chinese ones.
        var corner: String { zh ? "变量" : "" }
        /// Separator after a label in a note.
        var colon: String { zh ? "：" : ": " }
        var dependentVariable: String { zh ? "被解释变量" : "Dependent variable" }
        var observations: String { zh ? "观测值" : "Observations" }
        var covariance: String { zh ? "标准误差类型" : "Standard errors" }
        var pValue: String { zh ? "p值" : "p-value" }

        /// The label of a fit statistic as plain text and for LaTeX; unknown keys are shown as they are.
        func statistic(_ key: String) -> (plain: String, latex: String?) {
            switch key {
            case "r_squared": return (zh ? "R方" : "R-squared", "$R^2$")
            case "adj_r_squared": return (zh ? "调整R方" : "Adjusted R-squared", zh ? "调整$R^2$" : "Adjusted $R^2$")
            case "r_squared_within": return (zh ? "组内R方" : "Within R-squared", zh ? "组内$R^2$" : "Within $R^2$")
            case "r_squared_between": return (zh ? "组间R方" : "Between R-squared", zh ? "组间$R^2$" : "Between $R^2$")
            case "r_squared_overall": return (zh ? "整体R方" : "Overall R-squared", zh ? "整体$R^2$" : "Overall $R^2$")
            case "log_likelihood": return (zh ? "对数似然" : "Log-likelihood", nil)
            case "aic": return ("AIC", nil)
            case "bic": return ("BIC", nil)
            case "sigma_u": return ("sigma_u", "$\\sigma_u$")
            case "sigma_e": return ("sigma_e", "$\\sigma_e$")
            case "rho": return ("rho", "$\\rho$")
            case "theta": return ("theta", "$\\theta$")
            case "gamma": return ("gamma", "$\\gamma$")
            case "sigma_sq": return ("sigma^2", "$\\sigma^2$")
            default: return (key, nil)
            }
        }

        /// What the parentheses hold: standard errors, or t, z, or t and z statistics.
        func parenthesizedNote(_ parenthesized: RegressionTableOptions.Parenthesized, statisticNames: [String]) -> String {
            if parenthesized == .standardError { return zh ? "括号内为标准误差。" : "Standard errors in parentheses." }
            let names = ["t", "z"].filter(statisticNames.contains)
            let name = names.joined(separator: zh ? "或" : " or ")
            return zh ? "括号内为\(name)统计量。" : "\(name) statistics in parentheses."
        }

        /// The meaning of the stars at `levels` (largest first); in LaTeX with math-mode stars and
        /// escaped percent signs.
        func starsNote(_ levels: [Double], latex: Bool) -> String {
            let stars = levels.indices.map { String(repeating: "*", count: $0 + 1) }
            if zh {
                let marks = stars.map { latex ? "$^{\($0)}$" : $0 }.joined(separator: "、")
                let percents = levels.map { Self.percent($0) + (latex ? "\\%" : "%") }.joined(separator: "、")
                return marks + (levels.count > 1 ? "分别表示在" : "表示在") + percents + "的水平上显著。"
            }
            return zip(stars, levels).map { star, level in
                latex ? "$^{\(star)}\\,p<\(Self.level(level))$" : "\(star) p<\(Self.level(level))"
            }.joined(separator: ", ")
        }

        /// A note as plain text.
        func plain(_ note: Note) -> String {
            switch note {
            case .text(let text): return text
            case .stars(let levels): return starsNote(levels, latex: false)
            }
        }

        /// A level as a decimal with at least two places: 0.10, 0.05, 0.001.
        static func level(_ x: Double) -> String {
            var text = String(format: "%.6f", x)
            while text.hasSuffix("0"), let dot = text.firstIndex(of: "."), text.distance(from: dot, to: text.endIndex) > 3 { text.removeLast() }
            return text
        }

        /// A level as a percentage without trailing zeros: 10, 5, 0.1.
        static func percent(_ x: Double) -> String {
            String(format: "%g", (x * 100 * 1e6).rounded() / 1e6)
        }
    }
}
