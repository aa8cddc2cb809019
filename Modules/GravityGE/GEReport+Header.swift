import GravityCore
import GravityIO

extension GEReport {
    /// The table caption: the report's first line.
    static func caption(_ analysis: GEAnalysis, chinese: Bool) -> String {
        header(analysis, chinese: chinese).split(separator: "\n").first.map(String.init) ?? ""
    }

    /// The report's first lines, in English or Chinese: scenario, baseline fit, method and
    /// convergence with the largest budget residual, and the bootstrap.
    static func header(_ analysis: GEAnalysis, chinese: Bool) -> String {
        let outcome = analysis.outcome
        let sigma = analysis.sectors.map { sectors in
            zip(sectors.sectors, sectors.prepared).map { "\($0) \(NumberFormatting.significant($1.input.sigma))" }.joined(separator: chinese ? "，" : ", ")
        } ?? NumberFormatting.significant(outcome.sigma)
        let scenario = Self.scenario(analysis, chinese: chinese)
        var lines = [chinese ? "一般均衡反事实分析：\(scenario)（σ = \(sigma)，基准国 \(analysis.referenceCountry)）"
                             : "General-equilibrium counterfactual: \(scenario) (sigma = \(sigma), reference \(analysis.referenceCountry))"]
        let parts = analysis.sectors.map { zip($0.sectors.map { " (\($0))" }, $0.prepared).map { ($0, $1) } } ?? [("", analysis.prepared)]
        for (label, prepared) in parts {
        if let fit = prepared.baselineFit, let model = prepared.costModel {
            let coefficients = zip(model.terms, model.coefficients).map { "\($0) \(NumberFormatting.significant($1))" }.joined(separator: chinese ? "，" : ", ")
            let kind = RegressionTable.covarianceKind(fit.covarianceLabel, language: .zh)
            lines.append(chinese ? "基准 \(fit.model) 估计（\(NumberFormatting.grouped(fit.nobs)) 个观测值，标准误：\(kind)）：" + coefficients
                                 : "Baseline \(fit.model)\(label) (\(fit.nobs) observations, \(fit.covarianceLabel)): " + coefficients)
        }
        }
        if let full = outcome.full {
            let change = NumberFormatting.significant(full.lastChange, digits: 3)
            let residual = NumberFormatting.significant(full.state.budgetResiduals.largest, digits: 3)
            let stop = analysis.settings.stop.name
            if chinese {
                let how = analysis.sectors != nil ? "各部门联合求解" : outcome.method == .geppml ? "GEPPML 循环（停止规则 --stop \(stop)）" : "直接求解"
                lines.append("完全禀赋：\(how)，迭代 \(full.iterations) 次，\(full.converged ? "已收敛" : "未收敛")（最后一步变化 \(change)）；最大预算残差 \(residual)")
            } else {
                let how = analysis.sectors != nil ? "solved jointly over sectors" : outcome.method == .geppml ? "GEPPML loop, stop \(stop)" : "direct solver"
                lines.append("Full endowment: \(how), \(full.iterations) iterations, \(full.converged ? "converged" : "NOT converged") (last change \(change)); largest budget residual \(residual)")
            }
        }
        if let bootstrap = analysis.bootstrap {
            let solved = bootstrap.draws - bootstrap.failed, level = Int((bootstrap.level * 100).rounded())
            lines.append(chinese ? "自助法：\(bootstrap.draws) 次抽样中 \(solved) 次求解成功（种子 \(bootstrap.seed)），\(level)% 百分位区间"
                                 : "Bootstrap: \(solved) of \(bootstrap.draws) draws solved (seed \(bootstrap.seed)), \(level)% percentile intervals")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The scenario's changes as the header and the chart titles write them (given costs as
    /// `贸易成本 t0 -> t1` in Chinese).
    static func scenario(_ analysis: GEAnalysis, chinese: Bool) -> String {
        analysis.scenario.map { change in
            chinese && analysis.prepared.costModel == nil && change.hasPrefix("costs ") ? "贸易成本 " + change.dropFirst("costs ".count) : change
        }.joined(separator: chinese ? "，" : ", ")
    }

    /// The notes as JSON keeps them: the counterfactual's conventions and warnings, then the
    /// baseline estimator's notes, all in English.
    static func englishNotes(_ analysis: GEAnalysis) -> [String] {
        analysis.outcome.notes.map(\.english) + (analysis.prepared.baselineFit?.notes ?? [])
    }

    /// The notes as bullet lines in the report's language: the counterfactual's own, then the
    /// baseline estimator's; in Chinese, estimator notes without a translation follow under a
    /// heading that says so.
    static func notes(_ analysis: GEAnalysis, chinese: Bool, bullet: String) -> String {
        let notes = analysis.outcome.notes + (analysis.prepared.baselineFit?.bilingualNotes ?? [])
        guard chinese else { return notes.map { bullet + $0.english + "\n" }.joined() }
        let untranslated = notes.filter { !$0.isTranslated }.map { bullet + $0.english + "\n" }.joined()
        return notes.filter(\.isTranslated).map { bullet + $0.chinese + "\n" }.joined()
            + (untranslated.isEmpty ? "" : "\n注（估计程序的说明保留英文原文）：\n" + untranslated)
    }
}
