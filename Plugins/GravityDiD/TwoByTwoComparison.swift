import GravityCore
import GravityLinearAlgebra

/// One two-group, two-period comparison of Callaway and Sant'Anna: the ATT of the treated units
/// between a base period and a later period against the controls, with its influence function
/// over all n units of the panel (zero for units in neither group).
struct TwoByTwoComparison {
    /// The estimated ATT.
    let estimate: Double
    /// The influence function, one value per unit of the panel, scaled to the full sample.
    let influence: [Double]

    /// The comparison of `treated` against `controls` between periods `base` and `time`.
    init(panel: StaggeredPanel, treated: [Int], controls: [Int], time: Int, base: Int) throws {
        let n = panel.unitCount, periods = panel.periodCount
        func change(_ u: Int) -> Double { panel.outcome[u * periods + time] - panel.outcome[u * periods + base] }
        var influence = [Double](repeating: 0, count: n)
        let nTreated = Double(treated.count), nControls = Double(controls.count)
        guard let covariates = panel.covariates else {
            let treatedMean = treated.reduce(0) { $0 + change($1) } / nTreated
            let controlMean = controls.reduce(0) { $0 + change($1) } / nControls
            for u in treated { influence[u] = Double(n) * (change(u) - treatedMean) / nTreated }
            for u in controls { influence[u] = -Double(n) * (change(u) - controlMean) / nControls }
            self.estimate = treatedMean - controlMean
            self.influence = influence
            return
        }
        let regression = try OutcomeRegression(covariates: covariates, panel: panel, treated: treated, controls: controls,
                                               base: base, changes: controls.map(change))
        // Sant'Anna and Zhao's reg_did_panel, written with sums: with n1 = treated + controls and
        // p1 = nTreated / n1, psi_i * n / n1 becomes the expressions below.
        let predictedTreated = treated.map { regression.prediction(unit: $0) }
        let treatedGap = zip(treated, predictedTreated).map { change($0) - $1 }
        let estimate = treatedGap.reduce(0, +) / nTreated
        let etaTreated = treated.reduce(0) { $0 + change($1) } / nTreated
        let etaControl = predictedTreated.reduce(0, +) / nTreated
        for (k, u) in treated.enumerated() {
            influence[u] = Double(n) * ((change(u) - etaTreated) - (predictedTreated[k] - etaControl)) / nTreated
        }
        // Estimation effect of the control regression: residual_i x_i' (X'X)^-1 mean_treated(x).
        let direction = regression.bread * regression.treatedCovariateSum
        for (k, u) in controls.enumerated() {
            influence[u] = -Double(n) * regression.residuals[k] * dot(regression.row(unit: u), direction) / nTreated
        }
        self.estimate = estimate
        self.influence = influence
    }
}
