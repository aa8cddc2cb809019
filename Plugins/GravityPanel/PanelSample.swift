import GravityCore
import GravityLinearAlgebra

/// The rows a panel estimator works on: the model frame of the formula with the panel's unit and
/// time columns (and any cluster columns), its checked panel structure, and the positions of
/// the regressors other than the intercept.
struct PanelSample {
    /// The model frame (complete rows only).
    let frame: ModelFrame
    /// Units, periods, balance and gaps; duplicates were rejected.
    let structure: PanelStructure
    /// The unit of each row.
    var unit: Grouping { structure.unit }
    /// The period of each row, codes in time order.
    var time: Grouping { structure.time }
    /// Indices in ``design`` of the regressors other than the intercept.
    let slopeColumns: [Int]

    /// Builds the sample for `estimator`; throws on duplicates, a single period or a single unit.
    init(data: Dataset, request: FitRequest, estimator: String) throws {
        guard let panel = request.panel else {
            throw GravityError.invalidInput("The model `\(estimator)` needs a panel: give the unit and time columns (--id and --time).")
        }
        let groupColumns = [panel.unit, panel.time] + request.covariance.requiredColumns
        frame = try ModelFrame(dataset: data, formula: request.formula, groupColumns: groupColumns, extraParts: .reject(estimator))
        structure = try PanelStructure(frame: frame, specification: panel)
        try structure.requireRepeatedObservations(estimator: estimator)
        slopeColumns = Array((frame.design.hasIntercept ? 1 : 0)..<frame.design.matrix.columns)
    }

    /// The response.
    var response: [Double] { frame.response }
    /// The full design, with the intercept when the formula has one.
    var design: DesignMatrix { frame.design }
    /// Number of rows.
    var observationCount: Int { frame.observationCount }

    /// The clusters of a cluster-robust request, restricted to `rows` when given (first differences).
    func clusters(for specification: CovarianceSpecification, rows: [Int]? = nil) -> [Grouping] {
        specification.requiredColumns.map { column in
            let grouping = frame.groups[column]!
            return rows.map { grouping.keeping(rows: $0) } ?? grouping
        }
    }

    /// A note naming how many units have a single observation, or nil when none has.
    func singletonNote(consequence: BilingualText) -> BilingualText? {
        let singles = structure.observationsPerUnit.filter { $0 == 1 }.count
        guard singles > 0 else { return nil }
        return BilingualText("\(singles) unit(s) have a single observation; \(consequence.english)",
                             chinese: "\(singles) 个单位只有一个观测值；\(consequence.chinese)")
    }

    /// `n_units` and `n_periods`, as every panel result reports them.
    var sizeStatistics: [FitStatistic] {
        [FitStatistic("n_units", Double(structure.unitCount)), FitStatistic("n_periods", Double(structure.periodCount))]
    }

    /// Pooled OLS of the response on the regressors with an intercept (plm's "pooling" model).
    func pooledFit() throws -> LeastSquaresFit {
        if design.hasIntercept { return try LeastSquaresFit(response: response, design: design) }
        let ones = [Double](repeating: 1, count: observationCount)
        let matrix = Matrix(rows: observationCount, columns: design.matrix.columns + 1, columnMajor: ones + design.matrix.values)
        return try LeastSquaresFit(response: response, design: DesignMatrix(matrix: matrix, columnNames: ["(Intercept)"] + design.columnNames, hasIntercept: true))
    }

    /// `x b` on the original rows for the terms and coefficients of `fit`, leaving out the
    /// intercept when `intercept` is false.
    func prediction(of fit: LeastSquaresFit, intercept: Bool = true) -> [Double] {
        let design = frame.design
        var prediction = [Double](repeating: 0, count: observationCount)
        for (term, b) in zip(fit.terms, fit.coefficients) where intercept || term != "(Intercept)" {
            let base = design.columnNames.firstIndex(of: term)! * observationCount
            design.matrix.values.withUnsafeBufferPointer { x in
                for i in 0..<observationCount { prediction[i] += x[base + i] * b }
            }
        }
        return prediction
    }
}
