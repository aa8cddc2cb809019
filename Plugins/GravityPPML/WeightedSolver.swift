import GravityCore
import GravityLinearAlgebra

/// One weighted least-squares solve on the buffer of a ``WeightedLeastSquares`` (the response,
/// then the regressors, column-major), from the normal equations in place (``NormalEquationsFit``:
/// X'WX and X'Wz in one pass, no copy of the columns): the coefficients, the kept regressors and
/// the bread (X'WX)^-1. The fit itself is not kept, since it holds the buffer and the weights.
struct WeightedSolver {
    /// The coefficients of the kept regressors.
    let coefficients: [Double]
    /// Indices of the kept regressors (of two collinear ones, the later is dropped).
    let keptColumns: [Int]
    /// (X'WX)^-1 of the kept regressors.
    let bread: Matrix
    private let weights: [Double]
    private var names: [String]
    private let tolerance: Double

    /// Solves for the response in `columns` on its `names.count` regressors (`rows` values each)
    /// under `weights`, with the collinearity `tolerance` of ``NormalEquationsFit``.
    init(columns: [Double], rows n: Int, weights: [Double], names: [String], tolerance: Double) throws {
        self.weights = weights
        self.names = names
        self.tolerance = tolerance
        guard !names.isEmpty else {
            (coefficients, keptColumns, bread) = ([], [], Matrix(rows: 0, columns: 0))
            return
        }
        let fit = try NormalEquationsFit(columns: columns, rowCount: n, regressorNames: names, weights: weights,
                                         tolerance: tolerance, responseName: "the working response")
        (coefficients, keptColumns, bread) = (fit.coefficients, fit.keptColumns, fit.bread)
    }

    /// The same solve for the buffer once the regressors left out are removed from it (the
    /// regressors' names follow, so that ``coefficients(of:rows:)`` reads the buffer as it is).
    func onKeptColumns() -> WeightedSolver {
        var solver = self
        solver.names = keptColumns.map { names[$0] }
        return solver
    }

    /// The coefficients of the response now in `columns` (same weights and regressors).
    func coefficients(of columns: [Double], rows n: Int) throws -> [Double] {
        try WeightedSolver(columns: columns, rows: n, weights: weights, names: names, tolerance: tolerance).coefficients
    }
}
