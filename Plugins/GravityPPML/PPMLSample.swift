import GravityCore
import GravityFixedEffects
import GravityLinearAlgebra

/// The rows a PPML fit works on: the model frame restricted to the rows that survive the
/// separation checks (built without the intercept when fixed effects absorb it), with the
/// cluster groupings at hand.
struct PPMLSample {
    private(set) var frame: ModelFrame
    /// Observation weights of the frame's rows, if any.
    private(set) var weights: [Double]?
    let clusterColumns: [String]

    init(frame: consuming ModelFrame, weights: [Double]?, clusterColumns: [String]) {
        self.weights = weights
        self.frame = frame
        self.clusterColumns = clusterColumns
    }

    var count: Int { frame.observationCount }
    var response: [Double] { frame.response }
    var design: DesignMatrix { frame.design }
    var offset: [Double]? { frame.offset }
    var fixedEffects: [Grouping] { frame.fixedEffects }
    var clusters: [Grouping] { clusterColumns.map { frame.groups[$0]! } }
    var rowIndices: FrameRows { frame.rowIndices }

    /// The weighted least-squares problem of this sample's regressors and fixed effects, which
    /// takes them over: the sample lets go of its raw regressors (their names stay), since the
    /// step's buffer holds them and they would double the design's memory. A `restorable` step
    /// gives them back (``restoreRegressors(from:)``).
    mutating func takeLeastSquaresStep(options: FixedEffectsOptions, restorable: Bool = false,
                                       collinearityTolerance: Double = NormalEquationsFit.collinearityTolerance) -> WeightedLeastSquares {
        let step = WeightedLeastSquares(design: design, dimensions: fixedEffects, options: options,
                                        collinearityTolerance: collinearityTolerance, restorable: restorable)
        frame.design.matrix = Matrix(rows: 0, columns: 0)
        return step
    }

    /// Takes the raw regressors back from a restorable step taken from this sample.
    mutating func restoreRegressors(from step: consuming WeightedLeastSquares) {
        frame.design.matrix = (consume step).restoredRegressors()
    }

    /// Drops the rows where `keep` is false, each recorded as left out for `reason`. The
    /// regressors are restricted after the rest of the frame, so that the old and the new frame
    /// never hold their regressors at the same time.
    mutating func restrict(to keep: [Bool], reason: String) {
        guard keep.contains(false) else { return }
        let design = frame.design.matrix
        frame.design.matrix = Matrix(rows: 0, columns: 0)
        frame = frame.keepingRows(keep) { _ in reason }
        shareClusterGroupings()
        let rows = keep.indices.filter { keep[$0] }
        frame.design.matrix = design.selecting(rows: rows, columns: Array(0..<design.columns))
        weights = weights.map { w in rows.map { w[$0] } }
    }

    /// A cluster column that is also a fixed effect (`cluster:pair` with `| pair`) shares the
    /// fixed effect's codes in the model frame as built; a restricted frame restricts the two on
    /// their own, so an equal cluster grouping is replaced by the fixed effect's (4 bytes a row).
    private mutating func shareClusterGroupings() {
        for (name, group) in frame.groups {
            if let effect = frame.fixedEffects.first(where: { $0.name == name }), effect.levels == group.levels, effect.codes == group.codes {
                frame.groups[name] = effect
            }
        }
    }
}
