import GravityCore
import GravityLinearAlgebra

/// Which units serve as controls for a cohort in Callaway and Sant'Anna's estimator.
public enum ControlGroup: String, Sendable, CaseIterable {
    /// Units never treated in the sample.
    case never
    /// Units never treated or not yet treated by the later of the two periods compared.
    case notyet
}

/// One group-time average treatment effect ATT(g, t).
struct GroupTimeCell {
    /// The cohort, as a period index.
    let group: Int
    /// The period, as an index.
    let time: Int
    /// The estimate.
    let estimate: Double
    /// Its analytical standard error.
    let standardError: Double
}

/// Callaway and Sant'Anna's (2021) group-time average treatment effects on a balanced panel, with
/// the unit-level influence function of each, as R `did::att_gt` computes them (panel data,
/// `base_period = "varying"`, no anticipation).
///
/// For cohort g and period t the comparison is the change from the base period (g - 1 for t >= g,
/// t - 1 before) of the cohort against that of the controls. Without covariates the estimate is a
/// difference of mean changes; with covariates it is Sant'Anna and Zhao's (2020) outcome
/// regression (`est_method = "reg"`), covariates taken in the base period. The influence function
/// is scaled to the full sample of n units, so that the standard error is sqrt(sum psi^2) / n and
/// aggregations combine columns linearly.
struct GroupTimeEffects {
    /// The cells, cohort by cohort, periods ascending (the second period onwards).
    let cells: [GroupTimeCell]
    /// Influence functions: row = unit, column = cell.
    let influence: Matrix
    /// The panel the effects were estimated on.
    let panel: StaggeredPanel
    /// Cells left out for lack of controls, and similar notes.
    let notes: [BilingualText]

    /// Estimates every cell with controls; throws when `never` is asked for and no unit is never treated.
    init(panel: StaggeredPanel, control: ControlGroup) throws {
        let n = panel.unitCount, periods = panel.periodCount
        if control == .never && !panel.cohort.contains(where: { $0 == nil }) {
            throw GravityError.invalidInput("No unit is never treated, so never-treated controls do not exist; use not-yet-treated controls (--control notyet).")
        }
        guard !panel.cohorts.isEmpty else {
            throw GravityError.invalidInput("No unit is treated within the sample period; there is no effect to estimate.")
        }
        var cells: [GroupTimeCell] = []
        var columns: [Double] = []
        var skipped: [String] = []
        for g in panel.cohorts {
            for t in 1..<periods {
                let base = t >= g ? g - 1 : t - 1
                let latest = max(t, base)
                var treated: [Int] = [], controls: [Int] = []
                for u in 0..<n {
                    if panel.cohort[u] == g {
                        treated.append(u)
                    } else if let h = panel.cohort[u] {
                        if control == .notyet && h > latest { controls.append(u) }
                    } else {
                        controls.append(u)
                    }
                }
                guard !controls.isEmpty else {
                    skipped.append("(\(panel.periodLabel(g)), \(panel.periodLabel(t)))")
                    continue
                }
                let comparison = try TwoByTwoComparison(panel: panel, treated: treated, controls: controls, time: t, base: base)
                let se = comparison.influence.reduce(0) { $0 + $1 * $1 }.squareRoot() / Double(n)
                cells.append(GroupTimeCell(group: g, time: t, estimate: comparison.estimate, standardError: se))
                columns += comparison.influence
            }
        }
        guard !cells.isEmpty else {
            throw GravityError.invalidInput("No cohort has control units in any period; there is nothing to estimate.")
        }
        self.cells = cells
        self.influence = Matrix(rows: n, columns: cells.count, columnMajor: columns)
        self.panel = panel
        self.notes = skipped.isEmpty ? [] : [BilingualText(
            "Group-time cells without control units were left out: \(skipped.joined(separator: ", ")).",
            chinese: "没有对照单位的组群-时期单元已略去：\(skipped.joined(separator: "、"))。")]
    }
}
