import GravityCore
import GravityFixedEffects

/// The rows of a regression-based DiD estimator (TWFE, event study, Sun-Abraham, did2s): the model
/// frame with unit and period effects absorbed (`| unit + time` unless the formula names other
/// effects), each row's period and cohort, and the same timing checks as every estimator of the
/// family. Units treated in the first period are dropped with a note; so are singletons, as fixest.
struct DiDRegressionSample {
    /// The frame of the rows used; its `fixedEffects` are the absorbed dimensions.
    let frame: ModelFrame
    /// The unit of each row (the cluster).
    let unit: Grouping
    /// The periods of the panel, ascending.
    let periods: [Double]
    /// Each row's period index.
    let period: [Int]
    /// Each row's cohort (period index of first treatment), nil for not treated in the sample.
    let cohort: [Int?]
    /// Notes on dropped rows and the timing.
    let notes: [BilingualText]

    /// Builds the sample; `keepSingletons` keeps rows alone in a fixed-effect level (did2s's first
    /// stage); `keepingPeriods` keeps only the periods (indices) for which it is true.
    init(dataset: Dataset, formula: Formula, panel: PanelSpecification, timing source: TimingSource, estimator: String,
         keepSingletons: Bool = false, keepingPeriods: (Int) -> Bool = { _ in true }) throws {
        let withEffects = formula.extraParts.isEmpty
            ? try Formula(formula.text + " | `\(panel.unit)` + `\(panel.time)`") : formula
        var frame = try ModelFrame(dataset: dataset, formula: withEffects, groupColumns: [panel.unit, panel.time], extraParts: .groupings)
        let structure = try PanelStructure(frame: frame, specification: panel)
        try structure.requireRepeatedObservations(estimator: estimator)
        let timing = try TreatmentTiming(dataset: dataset, frame: frame, unit: structure.unit, time: structure.time, source: source)
        var notes = frame.bilingualNotes + timing.notes
        let alwaysTreated = Set(timing.treatedInFirstPeriod)
        var kept = zip(structure.unit.codes, structure.time.codes).map { !alwaysTreated.contains(Int($0)) && keepingPeriods(Int($1)) }
        if !keepSingletons {
            let candidate = frame.keepingRows(kept)
            let singletons = SingletonFilter.keptRows(candidate.fixedEffects)
            if singletons.droppedCount > 0 {
                var position = 0
                for i in kept.indices where kept[i] {
                    kept[i] = singletons.kept[position]
                    position += 1
                }
                notes.append(BilingualText(
                    "\(singletons.droppedCount) singleton observation(s) dropped (alone in a fixed-effect level), as fixest and reghdfe do.",
                    chinese: "\(singletons.droppedCount) 个单例观测值被删除（在某固定效应水平中独自一行），与 fixest 和 reghdfe 相同。"))
            }
        }
        let rows = kept.indices.filter { kept[$0] }
        if rows.count < kept.count { frame = frame.keepingRows(kept) }
        self.frame = frame
        self.unit = frame.groups[panel.unit]!
        self.periods = timing.periods
        self.period = rows.map { Int(structure.time.codes[$0]) }
        self.cohort = rows.map { timing.cohort[Int(structure.unit.codes[$0])] }
        self.notes = notes
    }

    /// Number of rows.
    var count: Int { period.count }

    /// Whether row `i` is treated (its period is at or after its cohort).
    func isTreated(_ i: Int) -> Bool {
        guard let g = cohort[i] else { return false }
        return period[i] >= g
    }

    /// The treated cohorts present, ascending.
    var cohorts: [Int] { Array(Set(cohort.compactMap { $0 })).sorted() }

    /// A period index as written in the data.
    func label(_ index: Int) -> String { StaggeredPanel.label(periods[index]) }

    /// The frame's design without its intercept column (absorbed by the fixed effects).
    var covariates: DesignMatrix {
        let design = frame.design
        guard design.hasIntercept else { return design }
        let columns = Array(1..<design.matrix.columns)
        return DesignMatrix(matrix: design.matrix.selectingColumns(columns), columnNames: Array(design.columnNames.dropFirst()), hasIntercept: false)
    }
}
