#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GravityCore
import GravityLinearAlgebra

/// A response and its regressors in one column-major buffer (the response first), demeaned in
/// place by the fixed-effects engine: the first half of every least-squares fit with absorbed
/// fixed effects. `ols` with fixed effects and difference-in-differences demean once and fit by
/// ``normalEquationsFit(regressorNames:candidates:weights:responseName:)`` or ``leastSquares(regressorNames:responseName:)``;
/// PPML's weighted step keeps one such buffer across its IRLS steps, writing each step's working
/// response into it and demeaning again under the new weights the regressors it demeaned before
/// (the same residuals as demeaning the raw regressors, from a far better start; no copy per step).
public struct AbsorbedColumns: Sendable {
    /// Number of rows.
    public let rowCount: Int
    /// Number of regressor columns after the response.
    public private(set) var regressorCount: Int
    /// The response, then each regressor, column-major.
    public private(set) var values: [Double]

    /// Stores `response` and the columns of `regressors` (same rows) for demeaning.
    public init(response: [Double], regressors: Matrix) {
        precondition(regressors.columns == 0 || regressors.rows == response.count, "The regressors have \(regressors.rows) rows, the response \(response.count)")
        rowCount = response.count
        regressorCount = regressors.columns
        var values = [Double]()
        values.reserveCapacity(response.count * (1 + regressors.columns))
        values.append(contentsOf: response)
        values.append(contentsOf: regressors.values)
        self.values = values
    }

    /// Takes over `values`, the response then `values.count / rowCount - 1` regressors, already
    /// column-major (no copy: assemble the columns straight into the buffer that is demeaned).
    public init(columns values: [Double], rowCount: Int) {
        precondition(rowCount > 0 && values.count % rowCount == 0 && values.count >= rowCount,
                     "The buffer holds \(values.count) values, not whole columns of \(rowCount) rows")
        self.rowCount = rowCount
        regressorCount = values.count / rowCount - 1
        self.values = values
    }

    /// Builds the buffer from `regressors` (column-major, `rowCount` rows each) by appending the
    /// response, moving the regressors up by one column and writing the response in front: when
    /// the regressors' storage is uniquely referenced and has room for one more column (the model
    /// frame's design reserves it), no copy of the data is made.
    public init(responseAfter regressors: consuming [Double], response: [Double], rowCount: Int) {
        precondition(response.count == rowCount && regressors.count % rowCount == 0,
                     "The response has \(response.count) rows and the regressors \(regressors.count) values, expected whole columns of \(rowCount) rows")
        let regressorValues = regressors.count
        regressors.append(contentsOf: response)
        regressors.withUnsafeMutableBufferPointer { buffer in
            let base = buffer.baseAddress!
            _ = memmove(base + rowCount, base, regressorValues * MemoryLayout<Double>.stride)
            response.withUnsafeBufferPointer { base.update(from: $0.baseAddress!, count: rowCount) }
        }
        self.init(columns: regressors, rowCount: rowCount)
    }

    /// Demeans every column in place under the absorber's current weights.
    /// - Parameters:
    ///   - names: the response's and the regressors' names, for the error when a column does not converge.
    ///   - warmStart: per column, fixed-effect coefficients to start from (see ``FixedEffectsAbsorber``).
    ///   - tolerance: this call's tolerance instead of the absorber's.
    /// - Returns: the fixed-effect coefficients removed from each column by this call.
    @discardableResult
    public mutating func demean(by absorber: FixedEffectsAbsorber, names: [String], warmStart: [[Double]]? = nil,
                                tolerance: Double? = nil) throws -> DemeaningReport {
        try absorber.demean(&values, columnCount: 1 + regressorCount, warmStart: warmStart, columnNames: names, tolerance: tolerance)
    }

    /// The response column.
    public var response: [Double] { Array(values[0..<rowCount]) }

    /// The regressor columns as a matrix.
    public var regressors: Matrix { Matrix(rows: rowCount, columns: regressorCount, columnMajor: Array(values[rowCount...])) }

    /// Least squares of the response on the regressors `candidates` (nil: all) from the normal
    /// equations, in this buffer without copying it (``NormalEquationsFit``): the cross-products
    /// in one pass, collinear regressors named and dropped (the later of two), residuals per row
    /// on demand. `weights` are observation weights (PPML's working weights).
    public func normalEquationsFit(regressorNames: [String], candidates: [Int]? = nil, weights: [Double]? = nil,
                                   responseName: String = "the response") throws -> NormalEquationsFit {
        try NormalEquationsFit(columns: values, rowCount: rowCount, regressorNames: regressorNames, candidates: candidates,
                               weights: weights, responseName: responseName)
    }

    /// The Euclidean norm of every column (the response first), in one pass on every core: before
    /// and after demeaning, they tell which regressors the fixed effects absorb.
    public func columnNorms() -> [Double] {
        let n = rowCount, count = 1 + regressorCount
        return values.withUnsafeBufferPointer { GramMatrix.squaredNorms($0, rows: n, count: count) }.map { $0.squareRoot() }
    }

    /// Least squares of the response on the regressors (no intercept: the fixed effects absorb it),
    /// collinear regressors named and dropped (``LeastSquaresFit``).
    public func leastSquares(regressorNames: [String], responseName: String = "the response") throws -> LeastSquaresFit {
        try LeastSquaresFit(response: response, design: DesignMatrix(matrix: regressors, columnNames: regressorNames, hasIntercept: false),
                            responseName: responseName)
    }
}
