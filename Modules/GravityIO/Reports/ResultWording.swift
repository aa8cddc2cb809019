import GravityCore

/// The headings and labels of a single model's report (text and Markdown) in one language.
struct ResultWording {
    private let words: RegressionTable.Vocabulary

    /// Line and section headings: formula, observations, standard errors, fixed effects, tests, the
    /// notes, and (in Chinese) the notes the estimator wrote in English only.
    let formula, observations, standardErrors, fixedEffectsHeading, testsHeading, notesHeading, untranslatedNotesHeading: String

    init(_ language: RegressionTableOptions.Language) {
        words = RegressionTable.Vocabulary(language)
        (formula, observations, standardErrors, fixedEffectsHeading, testsHeading, notesHeading, untranslatedNotesHeading) = language == .zh
            ? ("公式：", "观测值：", "标准误：", "固定效应：", "检验：", "注：", "注（估计程序的说明保留英文原文）：")
            : ("Formula: ", "Observations: ", "Standard errors: ", "Fixed effects:", "Tests:", "Notes:", "Notes:")
    }

    private var zh: Bool { words.zh }

    /// The notes under their headings: all under one in English; in Chinese the translated ones
    /// first, then those written in English only under a heading that says so. Empty sections are left out.
    func noteSections(_ notes: [BilingualText]) -> [(heading: String, sentences: [String])] {
        notes.sections(in: zh ? .zh : .en, heading: notesHeading, untranslatedHeading: untranslatedNotesHeading)
    }

    /// `Model: ols - summary` in English; `模型：混合OLS（ols）` in Chinese (the estimator's English
    /// one-line summary is left out).
    func modelLine(_ result: EstimationResult, summary: String?) -> String {
        if zh { return "模型：" + modelName(result) }
        return "Model: \(result.model)" + (summary.map { " - \($0)" } ?? "")
    }

    /// The model as a heading names it: its identifier in English; in Chinese its Chinese name with
    /// the identifier after it (`随机效应（re）`), or the identifier alone when it has no Chinese name.
    func modelName(_ result: EstimationResult) -> String {
        guard zh else { return result.model }
        let name = words.modelName(result.model)
        return name == result.model ? name : "\(name)（\(result.model)）"
    }

    /// Separator after a label: `: ` in English, `：` in Chinese.
    var colon: String { words.colon }

    /// The covariance description: the full label in English, its kind in Chinese.
    func covariance(_ label: String) -> String {
        zh ? RegressionTable.covarianceKind(label, words) : label
    }

    /// A statistic's name: the key in English (as in JSON), a Chinese name in Chinese.
    func statistic(_ key: String) -> String {
        zh ? words.statistic(key).plain : key
    }

    /// `12 levels (1 removed), absorbing 11 df`.
    func fixedEffect(_ effect: FixedEffectSummary) -> String {
        if zh {
            return "\(effect.levelCount) 个水平" + (effect.levelsRemoved > 0 ? "（剔除 \(effect.levelsRemoved) 个）" : "") + "，吸收 \(effect.absorbedDegreesOfFreedom) 个自由度"
        }
        return "\(effect.levelCount) levels" + (effect.levelsRemoved > 0 ? " (\(effect.levelsRemoved) removed)" : "") + ", absorbing \(effect.absorbedDegreesOfFreedom) df"
    }

    /// The coefficient table's header: term, estimate, standard error, statistic, p-value, interval.
    func coefficientHeader(_ result: EstimationResult) -> [String] {
        let level = Int((result.confidenceLevel * 100).rounded())
        let s = result.inference.statisticName
        if zh { return ["变量", "估计值", "标准误", "\(s)值", "p值", "[\(level)%置信", "区间]"] }
        return ["Term", "Estimate", "Std. Error", "\(s) value", "Pr(>|\(s)|)", "[\(level)% Conf.", "Interval]"]
    }

    /// The Markdown coefficient table's header: the interval bounds in two named columns.
    func markdownCoefficientHeader(_ result: EstimationResult) -> [String] {
        let level = Int((result.confidenceLevel * 100).rounded())
        let s = result.inference.statisticName
        if zh { return ["变量", "估计值", "标准误", "\(s)值", "p值", "\(level)%置信区间下限", "\(level)%置信区间上限"] }
        return ["Term", "Estimate", "Std. Error", s, "p-value", "\(level)% CI low", "\(level)% CI high"]
    }

    /// The coefficient table's rows.
    func coefficientRows(_ result: EstimationResult) -> [[String]] {
        result.coefficients.map { row in
            // Auxiliary parameters (frontier sigmaSq, gamma, eta, mu) by their symbols in Chinese, as the tables print them.
            [zh && RegressionTable.auxiliaryTerms.contains(row.term) ? words.statistic(row.term).plain : row.term, NumberFormatting.significant(row.estimate), NumberFormatting.significant(row.stdError),
             NumberFormatting.significant(row.statistic, digits: 4), NumberFormatting.pValue(row.pValue, language: words.language),
             NumberFormatting.significant(row.confLow), NumberFormatting.significant(row.confHigh)]
        }
    }
}
