import GravityCore
import GravityLinearAlgebra

/// A balanced panel with staggered, absorbing treatment: each unit's outcome in every period and
/// the period it was first treated (its cohort), checked the way the estimators of this family
/// need it.
///
/// Checks, each with a message that says what to do: duplicate unit-period rows, gaps (a unit
/// without a row for some period), a cohort that changes within a unit (treatment switching off),
/// cohorts that are not periods of the panel. Units treated in the first period have no
/// pre-treatment period and are dropped with a note; cohorts after the last period count as not
/// treated in the sample, with a note; cohorts of a single unit get a warning; units with a missing
/// value in a variable the model uses are dropped as a whole, with a note.
struct StaggeredPanel {
    /// Label of each unit.
    let unitLabels: [String]
    /// The periods, ascending.
    let periods: [Double]
    /// For each unit, the index in `periods` of its first treated period; nil for never treated.
    let cohort: [Int?]
    /// Outcomes, unit-major: unit u in period t is `outcome[u * periodCount + t]`.
    let outcome: [Double]
    /// Covariates (with intercept), one row per unit and period in the same order as `outcome`;
    /// nil when the formula has no regressors besides the intercept.
    let covariates: DesignMatrix?
    /// For each unit and period (same order as `outcome`), the row of the input dataset.
    let inputRows: [Int]
    /// Number of rows in the input dataset.
    let inputRowCount: Int
    /// What was dropped or assumed, and warnings.
    let notes: [BilingualText]

    /// Number of units.
    var unitCount: Int { unitLabels.count }
    /// Number of periods.
    var periodCount: Int { periods.count }

    /// The treated cohorts (period indices), ascending.
    var cohorts: [Int] { Array(Set(cohort.compactMap { $0 })).sorted() }

    /// Whether unit `u` is treated in period `t`.
    func isTreated(unit u: Int, period t: Int) -> Bool {
        guard let g = cohort[u] else { return false }
        return t >= g
    }

    /// The label of period index `t` as written in the data.
    func periodLabel(_ t: Int) -> String { Self.label(periods[t]) }

    /// A number as a period or cohort label: whole numbers without a decimal point.
    static func label(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
