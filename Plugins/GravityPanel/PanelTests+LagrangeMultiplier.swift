import GravityCore
import GravityStatistics

/// The two Lagrange-multiplier statistics for random effects computed from pooled OLS residuals.
public enum LagrangeMultiplierType: String, Sendable, CaseIterable {
    /// Breusch and Pagan: chi-square with one degree of freedom per effect.
    case breuschPagan = "bp"
    /// Honda: the one-sided standard-normal version.
    case honda
}

extension PanelTests {
    /// The Lagrange-multiplier test for random effects from the residuals of a pooled OLS fit,
    /// as plm's `plmtest` (Baltagi and Li's form, exact on unbalanced panels): with
    /// `A_1 = sum_i (sum_t e_it)^2 / sum e^2 - 1` and `LM_1 = N / sqrt(2 (sum_i T_i^2 - N)) A_1`
    /// (and `LM_2` alike over periods), Breusch-Pagan is `LM_1^2` (individual), `LM_2^2` (time)
    /// or `LM_1^2 + LM_2^2` (two-way), and Honda `LM_1`, `LM_2` or `(LM_1 + LM_2) / sqrt(2)`,
    /// one-sided.
    ///
    /// - Parameters:
    ///   - pooled: a pooled OLS result (`ols`) on the panel; its residuals are used.
    ///   - data: the data it was fitted on, for the unit and period of each residual.
    public static func lagrangeMultiplier(_ type: LagrangeMultiplierType, effect: PanelEffect = .individual, pooled: EstimationResult,
                                          data: Dataset, panel: PanelSpecification) throws -> TestResult {
        let unitColumn = try data.column(panel.unit), timeColumn = try data.column(panel.time)
        var residuals: [Double] = [], units: [String] = [], periods: [String] = []
        for (row, residual) in pooled.residuals.enumerated() {
            guard let residual, let unit = unitColumn.text(at: row), let period = timeColumn.text(at: row) else { continue }
            residuals.append(residual)
            units.append(unit)
            periods.append(period)
        }
        guard !residuals.isEmpty else {
            throw GravityError.invalidInput("The `\(pooled.model)` result carries no residuals; the LM test needs pooled OLS residuals.")
        }
        return lagrangeMultiplier(type, effect: effect, residuals: residuals, unit: Grouping(name: panel.unit, labels: units), time: Grouping(name: panel.time, labels: periods))
    }

    /// The test from residuals and the groups of their rows.
    static func lagrangeMultiplier(_ type: LagrangeMultiplierType, effect: PanelEffect, residuals: [Double],
                                   unit: Grouping, time: Grouping) -> TestResult {
        let n = Double(residuals.count), total = sumOfSquares(residuals)
        func statistic(_ groups: Grouping) -> Double {
            let a = sumOfSquares(groups.sums(residuals)) / total - 1
            let m = groups.rowCounts().reduce(0.0) { $0 + Double($1 * $1) }
            return n / (2 * (m - n)).squareRoot() * a
        }
        let components: [Double]
        switch effect {
        case .individual: components = [statistic(unit)]
        case .time: components = [statistic(time)]
        case .twoways: components = [statistic(unit), statistic(time)]
        }
        let effects = effect == .twoways ? "unit and time" : (effect == .individual ? "unit" : "time")
        let name: String, value: Double, df: Double?, p: Double, distribution: String
        switch type {
        case .breuschPagan:
            name = "Breusch-Pagan LM test for \(effect.adjective) effects"
            value = components.reduce(0) { $0 + $1 * $1 }
            df = Double(components.count)
            p = ChiSquaredDistribution(degreesOfFreedom: df!).sf(value)
            distribution = "chi2"
        case .honda:
            name = "Honda LM test for \(effect.adjective) effects"
            value = components.reduce(0, +) / Double(components.count).squareRoot()
            df = nil
            p = NormalDistribution.standard.sf(value)
            distribution = "normal"
        }
        return TestResult.withVerdict(name: name, statistic: value, df: df, pValue: p, distribution: distribution, level: level,
                                      rejected: "At 5% the \(effects) effects have a positive variance: random effects are preferred to pooled OLS.",
                                      notRejected: "At 5% there is no evidence of \(effects) effects: pooled OLS is adequate.")
    }
}
