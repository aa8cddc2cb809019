import GravityCore
import GravityLinearAlgebra

/// The weighted least-squares problem at the heart of IRLS and of the separation check: regress a
/// working response on the regressors, with any fixed effects projected out under the weights.
protocol WeightedLeastSquaresStep {
    /// Solves the problem for `response` under `weights` (one per row, positive).
    mutating func solve(response: [Double], weights: [Double]) throws -> WeightedSolution
    /// The regressors, every candidate column.
    var design: DesignMatrix { get }
    /// Indices of the kept columns (collinear ones are found on the first solve and left out).
    var keptColumns: [Int]? { get }
    /// The kept regressors as the last solve used them (fixed effects projected out).
    var keptDesign: Matrix { get }
    /// (X'WX)^-1 of ``keptDesign`` under the last solve's weights.
    var bread: Matrix { get }
}

extension WeightedLeastSquaresStep {
    /// Names of the regressors kept.
    var keptNames: [String] { (keptColumns ?? Array(design.columnNames.indices)).map { design.columnNames[$0] } }

    /// Names of the regressors left out as collinear (with the fixed effects or each other).
    var omittedNames: [String] {
        let kept = Set(keptColumns ?? Array(design.columnNames.indices))
        return design.columnNames.indices.filter { !kept.contains($0) }.map { design.columnNames[$0] }
    }

    /// The pivoted QR of sqrt(w) X and sqrt(w) y, the weighted least-squares problem in
    /// ordinary form.
    static func weightedQR(_ x: Matrix, response: [Double], weights: [Double]) -> (qr: QRDecomposition, response: [Double]) {
        let n = x.rows
        let root = weights.map { $0.squareRoot() }
        var scaled = x
        scaled.values.withUnsafeMutableBufferPointer { s in
            for j in 0..<x.columns {
                let base = j * n
                for i in 0..<n { s[base + i] *= root[i] }
            }
        }
        var scaledResponse = response
        for i in 0..<n { scaledResponse[i] *= root[i] }
        return (QRDecomposition(scaled), scaledResponse)
    }
}

/// One weighted least-squares solution.
struct WeightedSolution {
    /// Coefficients of the kept regressors, in design order.
    var coefficients: [Double]
    /// The fitted linear predictor: regressors times coefficients plus every fixed effect.
    var fitted: [Double]
    /// The fixed effects in `fitted`, raw (levels of every dimension one after another; empty
    /// without fixed effects).
    var effects: [Double] = []
}

/// The weighted least-squares step without fixed effects: pivoted QR of sqrt(w) X. Collinear
/// regressors are found on the first solve and left out from then on.
struct DenseWeightedLeastSquares: WeightedLeastSquaresStep {
    /// The design, all candidate columns.
    let design: DesignMatrix
    /// Indices of the kept columns, known after the first solve.
    private(set) var keptColumns: [Int]? = nil
    /// (X'WX)^-1 of the kept columns at the last solve.
    private(set) var bread = Matrix(rows: 0, columns: 0)

    init(design: DesignMatrix) {
        self.design = design
    }

    var keptDesign: Matrix {
        guard let keptColumns, keptColumns.count < design.matrix.columns else { return design.matrix }
        return design.matrix.selectingColumns(keptColumns)
    }

    mutating func solve(response: [Double], weights: [Double]) throws -> WeightedSolution {
        let x = keptDesign
        let (qr, scaledResponse) = Self.weightedQR(x, response: response, weights: weights)
        if keptColumns == nil {
            keptColumns = qr.keptColumns
        } else if qr.rank < x.columns {
            throw GravityError.numerical("The weighted design lost rank during the iterations; some regressors are collinear at the current weights.")
        }
        bread = qr.unscaledCovariance()
        let coefficients = qr.coefficients(scaledResponse)
        return WeightedSolution(coefficients: coefficients, fitted: keptDesign * coefficients)
    }
}
