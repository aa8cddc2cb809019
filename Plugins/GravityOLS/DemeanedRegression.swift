import GravityCore
import GravityLinearAlgebra

/// Least squares on columns from which fixed effects were removed: regressors that demeaning
/// reduced to (numerical) zero are absorbed by the fixed effects and dropped; observation
/// weights enter as `sqrt(w)` scaling.
struct DemeanedRegression {
    /// The fit on the kept columns (weighted: on `sqrt(w)`-scaled columns; its residuals are scaled too).
    let fit: LeastSquaresFit
    /// Indices (among the regressors) of the columns the fixed effects absorb.
    let absorbedColumns: [Int]
    /// Indices (among the regressors) of the columns estimated, in order.
    let keptColumns: [Int]
    /// Residuals `y - X b - fixed effects`, unscaled.
    let residuals: [Double]

    /// A regressor whose demeaned norm is below this fraction of its norm is absorbed.
    static let absorbedTolerance = 1e-8

    /// - Parameters:
    ///   - columns: the demeaned response then the demeaned regressors, column-major.
    ///   - originalNorms: the norm of each column before demeaning.
    init(columns: [Double], originalNorms: [Double], names: [String], rowCount n: Int, weights: [Double]?) throws {
        let demeanedNorms = Self.columnNorms(columns, rowCount: n)
        var absorbed: [Int] = [], kept: [Int] = []
        for j in names.indices {
            if demeanedNorms[j + 1] <= Self.absorbedTolerance * originalNorms[j + 1] { absorbed.append(j) } else { kept.append(j) }
        }
        let root = weights.map { $0.map { $0.squareRoot() } }
        func scaled(_ column: Int) -> ArraySlice<Double> {
            let values = columns[(column * n)..<((column + 1) * n)]
            guard let root else { return values }
            return ArraySlice(zip(values, root).map { $0 * $1 })
        }
        var design: [Double] = []
        design.reserveCapacity(n * kept.count)
        for j in kept { design.append(contentsOf: scaled(j + 1)) }
        absorbedColumns = absorbed
        keptColumns = kept
        guard !kept.isEmpty else {
            throw GravityError.invalidInput("Every regressor (\(names.joined(separator: ", "))) is collinear with the fixed effects; nothing is left to estimate.")
        }
        let fit = try LeastSquaresFit(response: Array(scaled(0)),
                                      design: DesignMatrix(matrix: Matrix(rows: n, columns: kept.count, columnMajor: design),
                                                           columnNames: kept.map { names[$0] }, hasIntercept: false))
        self.fit = fit
        residuals = root.map { r in zip(fit.residuals, r).map { $0 / $1 } } ?? fit.residuals
    }

    /// The Euclidean norm of each column of a column-major buffer.
    static func columnNorms(_ columns: [Double], rowCount n: Int) -> [Double] {
        (0..<(columns.count / n)).map { j in
            var sum = 0.0
            for i in (j * n)..<((j + 1) * n) { sum += columns[i] * columns[i] }
            return sum.squareRoot()
        }
    }
}
