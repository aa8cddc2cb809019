import Foundation
import GravityCore

extension RegressionTable {
    /// Labels and notes in one language.
    struct Vocabulary {
        let language: RegressionTableOptions.Language

        init(_ language: RegressionTableOptions.Language) {
            self.language = language
        }

        var zh: Bool { language == .zh }

        /// The heading of the label column: blank in English tables, 变量 in Chinese ones.
        var corner: String { zh ? "变量" : "" }
        /// Separator after a label in a note.
        var colon: String { zh ? "：" : ": " }
        /// End of a sentence.
        var stop: String { zh ? "。" : "." }
        var dependentVariable: String { zh ? "被解释变量" : "Dependent variable" }
        var observations: String { zh ? "观测值" : "Observations" }
        var pValue: String { zh ? "p值" : "p-value" }
        var yes: String { zh ? "是" : "Yes" }
        var no: String { zh ? "否" : "No" }
        var testsHeading: String { zh ? "模型比较检验" : "Tests comparing the models" }

        /// A model's registered name as a column heading.
        func modelName(_ model: String) -> String {
            switch model {
            case "ols": return zh ? "混合OLS" : "OLS"
            case "fe": return zh ? "固定效应" : "Fixed effects"
            case "re": return zh ? "随机效应" : "Random effects"
            case "be": return zh ? "组间估计" : "Between"
            case "fd": return zh ? "一阶差分" : "First differences"
            case "sfa": return zh ? "随机前沿" : "Frontier"
            case "sfa-bc92": return zh ? "随机前沿（BC92）" : "Frontier (BC92)"
            case "sfa-bc95": return zh ? "随机前沿（BC95）" : "Frontier (BC95)"
            case "ppml": return "PPML"
            default: return model
            }
        }

        /// The row label of an absorbed fixed-effect dimension: `exporter^year` as "Exporter-year FE"
        /// or "exporter-year 固定效应" (variable names kept).
        func fixedEffect(_ name: String) -> String {
            let joined = name.replacingOccurrences(of: "^", with: "-")
            if zh { return joined + " 固定效应" }
            return joined.prefix(1).uppercased() + joined.dropFirst() + " FE"
        }

        /// The label of a fit statistic or auxiliary parameter as plain text and for LaTeX; unknown
        /// keys are shown as they are.
        func statistic(_ key: String) -> (plain: String, latex: String?) {
            switch key {
            case "r_squared": return (zh ? "R²" : "R²", "$R^2$")
            case "adj_r_squared": return (zh ? "调整R²" : "Adjusted R²", zh ? "调整$R^2$" : "Adjusted $R^2$")
            case "r_squared_within": return (zh ? "组内R²" : "Within R²", zh ? "组内$R^2$" : "Within $R^2$")
            case "r_squared_between": return (zh ? "组间R²" : "Between R²", zh ? "组间$R^2$" : "Between $R^2$")
            case "r_squared_overall": return (zh ? "整体R²" : "Overall R²", zh ? "整体$R^2$" : "Overall $R^2$")
            case "pseudo_r_squared": return (zh ? "伪R²" : "Pseudo R²", zh ? "伪$R^2$" : "Pseudo $R^2$")
            case "log_likelihood": return (zh ? "对数似然值" : "Log-likelihood", nil)
            case "aic": return ("AIC", nil)
            case "bic": return ("BIC", nil)
            case "sigma_u": return ("σ_u", "$\\sigma_u$")
            case "sigma_e": return ("σ_e", "$\\sigma_e$")
            case "rho": return ("ρ", "$\\rho$")
            case "theta": return ("θ", "$\\theta$")
            case "sigmaSq": return ("σ²", "$\\sigma^2$")
            case "gamma": return ("γ", "$\\gamma$")
            case "mu": return ("μ", "$\\mu$")
            case "eta": return ("η", "$\\eta$")
            default: return (zh ? Self.chineseStatisticNames[key] ?? key : key, nil)
            }
        }

        /// Chinese names of the statistics estimators report beyond the table's defaults (a
        /// single model's report lists them all); English reports print the key itself.
        static let chineseStatisticNames = [
            "sigma": "回归标准误σ", "df_residual": "残差自由度", "f_statistic": "F统计量", "nobs": "观测值",
            "intercept": "截距（个体效应均值）", "n_units": "个体数", "n_periods": "时期数", "units": "个体数", "periods": "时期数",
            "log_likelihood_ols": "OLS对数似然值", "sigma_sq": "σ²", "sigma_sq_u": "σ²_u", "sigma_sq_v": "σ²_v", "sigma_v": "σ_v",
            "lambda_sq": "λ²", "lambda": "λ", "mean_efficiency": "平均技术效率", "ols_residual_skewness": "OLS残差偏度",
            "iterations": "迭代次数", "converged": "收敛（1为是）", "deviance": "偏差", "null_deviance": "零模型偏差",
            "squared_correlation": "拟合值与实际值相关系数的平方", "irls_iterations": "IRLS迭代次数", "demeaning_iterations": "去均值迭代次数",
            "adj_r_squared_within": "调整组内R²", "r2_within": "组内R²", "clusters": "聚类数", "theta_min": "θ最小值", "theta_max": "θ最大值",
            "var_u": "无效率项u的方差", "sd_u": "无效率项u的标准差", "gamma_var": "无效率方差占比",
        ]

        /// What the parentheses hold: standard errors, or t, z, or t and z statistics.
        func parenthesizedNote(_ parenthesized: RegressionTableOptions.Parenthesized, statisticNames: [String]) -> String {
            if parenthesized == .standardError { return zh ? "括号内为标准误。" : "Standard errors in parentheses." }
            let names = ["t", "z"].filter(statisticNames.contains)
            let name = names.joined(separator: zh ? "或" : " or ")
            return zh ? "括号内为\(name)统计量。" : "\(name) statistics in parentheses."
        }

        /// What the brackets under test statistics hold.
        var bracketsNote: String { zh ? "方括号内为检验的p值。" : "p-values of tests in brackets." }

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
