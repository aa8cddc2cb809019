import GravityCore

/// The one formatter of specification and model tests, used by every report: the kind of a test
/// (so that tests of one kind share a table row), its name, its one-line statement and its verdict
/// at 5%, in English or Chinese. A test without a finite statistic is stated as not computable,
/// with its note as the reason, never as a statistic with a p-value.
public enum TestDescription {
    /// What a test tests, recognised from the name the estimators and ``TestResult`` producers give.
    public enum Kind: Equatable, Sendable {
        /// All slope coefficients zero (F or Wald).
        case jointSignificance
        /// F test that the unit, time or two-way effects are zero ("individual", "time", "twoways").
        case effectsF(String)
        /// Breusch-Pagan LM test for random effects.
        case breuschPagan
        /// Honda's one-sided LM test.
        case honda
        /// The classic Hausman test.
        case hausman
        /// The regression-based (Mundlak-Wooldridge) Hausman test.
        case regressionHausman
        /// Likelihood-ratio test of no inefficiency in a frontier model.
        case noInefficiency
        /// Any other test, by name.
        case other(String)

        /// The kind of the test called `name`.
        public init(name: String) {
            let lower = name.lowercased()
            if lower.contains("all slopes zero") { self = .jointSignificance }
            else if lower.hasPrefix("f test for ") { self = .effectsF(lower.contains("time") ? "time" : lower.contains("twoway") ? "twoways" : "individual") }
            else if lower.hasPrefix("breusch-pagan") { self = .breuschPagan }
            else if lower.hasPrefix("honda") { self = .honda }
            else if lower.hasPrefix("regression-based hausman") { self = .regressionHausman }
            else if lower.hasPrefix("hausman") { self = .hausman }
            else if lower.contains("no inefficiency") { self = .noInefficiency }
            else { self = .other(name) }
        }
    }

    /// The test's name in `language`; Chinese names keep proper names (Hausman, Breusch-Pagan) and
    /// the compared models' names.
    public static func name(_ test: TestResult, language: RegressionTableOptions.Language) -> String {
        guard language == .zh else { return test.name }
        switch Kind(name: test.name) {
        case .jointSignificance: return test.distribution == "F" ? "联合显著性F检验" : "联合显著性Wald检验"
        case .effectsF(let effect): return effectName(effect) + "F检验"
        case .breuschPagan: return "Breusch-Pagan LM检验"
        case .honda: return "Honda LM检验"
        case .hausman: return "Hausman检验" + comparedModels(test.name)
        case .regressionHausman: return test.name.contains("robust") ? "稳健Hausman检验（辅助回归，聚类稳健）" : "Hausman检验（辅助回归）"
        case .noInefficiency: return "无技术无效率的似然比检验"
        case .other(let name): return name
        }
    }

    /// The row label of a kind of test in a table.
    static func rowLabel(_ kind: Kind, language: RegressionTableOptions.Language) -> String {
        let zh = language == .zh
        switch kind {
        case .jointSignificance: return zh ? "联合显著性检验" : "Joint significance"
        case .effectsF(let effect): return zh ? effectName(effect) + "F检验" : "F test, \(effect == "twoways" ? "two-way" : effect) effects"
        case .breuschPagan: return zh ? "Breusch-Pagan LM检验" : "Breusch-Pagan LM"
        case .honda: return zh ? "Honda LM检验" : "Honda LM"
        case .hausman: return zh ? "Hausman检验" : "Hausman"
        case .regressionHausman: return zh ? "稳健Hausman检验" : "Robust Hausman"
        case .noInefficiency: return zh ? "无效率似然比检验" : "LR test, no inefficiency"
        case .other(let name): return name
        }
    }

    /// The distribution as written in a statement: `F(2, 197)`, `chi2(3)`, `normal` (`χ²(3)`, `z` in Chinese).
    static func distribution(_ test: TestResult, language: RegressionTableOptions.Language) -> String {
        var name = test.distribution
        if name == "chi2" && language == .zh { name = "χ²" }
        if name == "normal" && language == .zh { name = "z" }
        if name == "mixed chi2" && language == .zh { name = "混合χ²" }
        if let df = test.df {
            name += "(" + ([df] + (test.df2.map { [$0] } ?? [])).map { NumberFormatting.significant($0) }.joined(separator: ", ") + ")"
        }
        return name
    }

    /// The test on one line: `Hausman test (fe vs re): chi2(2) = 2.33037, p = 0.3119`, or the
    /// statement that it is not computable and why.
    public static func line(_ test: TestResult, language: RegressionTableOptions.Language = .en, number: (Double) -> String = { NumberFormatting.significant($0) }) -> String {
        let zh = language == .zh
        let colon = zh ? "：" : ": "
        guard test.statistic.isFinite else {
            return name(test, language: language) + colon + (zh ? "无法计算" : "not computable") + (test.note.map { (zh ? "。" : ". ") + reason($0, language: language) } ?? "")
        }
        let p = test.pValue.isFinite ? NumberFormatting.pValue(test.pValue, language: language) : (zh ? "无定义" : "undefined")
        return name(test, language: language) + colon + distribution(test, language: language) + " = " + number(test.statistic) + (zh ? "，p = " : ", p = ") + p
    }

    /// The test's line followed by its verdict at 5% (or its own note in English).
    public static func lineWithVerdict(_ test: TestResult, language: RegressionTableOptions.Language = .en, number: (Double) -> String = { NumberFormatting.significant($0) }) -> String {
        let statement = line(test, language: language, number: number)
        guard test.statistic.isFinite, let verdict = verdict(test, language: language) else { return statement }
        return statement + (language == .zh ? "。" : ". ") + verdict
    }

    /// What the test says at 5%: the producer's note in English; in Chinese, the verdict written
    /// from the kind and the p-value (nil for a kind without one).
    public static func verdict(_ test: TestResult, language: RegressionTableOptions.Language) -> String? {
        guard language == .zh else { return test.note }
        guard test.pValue.isFinite else { return "p值无定义：检验的渐近假设不成立。" }
        let rejects = test.pValue < 0.05
        switch Kind(name: test.name) {
        case .jointSignificance: return rejects ? "在5%水平上拒绝斜率全为零的原假设。" : "在5%水平上不能拒绝斜率全为零的原假设。"
        case .effectsF: return rejects ? "在5%水平上存在个体效应：固定效应模型优于混合OLS。" : "在5%水平上没有个体效应的证据：混合OLS即可。"
        case .breuschPagan, .honda: return rejects ? "在5%水平上随机效应方差为正：随机效应模型优于混合OLS。" : "在5%水平上没有随机效应的证据：混合OLS即可。"
        case .hausman, .regressionHausman:
            return rejects ? "在5%水平上个体效应与解释变量相关：随机效应估计不一致，应选固定效应模型。" : "在5%水平上没有个体效应与解释变量相关的证据：应选随机效应模型。"
        case .noInefficiency: return rejects ? "在5%水平上存在技术无效率：随机前沿模型优于OLS。" : "在5%水平上没有技术无效率的证据。"
        case .other: return nil
        }
    }

    /// Why a test could not be computed, in `language`: the producer's note in English; in Chinese
    /// the rank-deficiency reason with its counts when that is the reason.
    public static func reason(_ note: String, language: RegressionTableOptions.Language) -> String {
        guard language == .zh else { return note }
        let numbers = note.split { !$0.isNumber }.map(String.init)
        if note.contains("clusters"), numbers.count >= 2 {
            return "聚类稳健协方差矩阵的秩至多为聚类数减一（\(numbers[0]) 个聚类），少于辅助回归的 \(numbers[1]) 个系数，矩阵奇异，统计量不服从卡方分布。"
        }
        return "检验的协方差矩阵不满秩。"
    }

    private static func effectName(_ effect: String) -> String {
        effect == "time" ? "时间效应" : effect == "twoways" ? "双向效应" : "个体效应"
    }

    /// ` (fe 对 re)` from `Hausman test (fe vs re)`.
    private static func comparedModels(_ name: String) -> String {
        guard let open = name.firstIndex(of: "("), let close = name.lastIndex(of: ")"), open < close else { return "" }
        return "（" + name[name.index(after: open)..<close].replacingOccurrences(of: " vs ", with: " 对 ") + "）"
    }
}
