import GravityCore
import GravityLinearAlgebra

/// The weighted least-squares problem at the heart of IRLS and of the separation check: regress a
/// working response on the regressors, with any fixed effects projected out under the weights.
protocol WeightedLeastSquaresStep {
    /// Solves the problem for `response` under `weights` (one per row, positive). Weights `nil`
    /// keep the previous solve's weights and what was computed from them (the demeaned
    /// regressors and their factorisation), so only the response is processed: the separation
    /// check changes the response, never the weights. `tolerance` is the demeaning tolerance of
    /// this solve (nil: the engine's own).
    mutating func solve(response: [Double], weights: [Double]?, tolerance: Double?) throws -> WeightedSolution
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
}

/// A weighted least-squares problem in ordinary form: the pivoted QR of sqrt(w) X, kept while the
/// weights stay, so a new response costs one pass.
struct WeightedFactorisation {
    let qr: QRDecomposition
    /// sqrt(w) per row.
    let root: [Double]

    /// Factorises the `columns` columns of `x` (column-major, `rows` rows) under `weights`.
    init(_ x: UnsafeBufferPointer<Double>, rows n: Int, columns: Int, weights: [Double]) {
        let root = weights.map { $0.squareRoot() }
        var scaled = Matrix(rows: n, columns: columns)
        scaled.values.withUnsafeMutableBufferPointer { s in
            for j in 0..<columns {
                let base = j * n
                for i in 0..<n { s[base + i] = x[base + i] * root[i] }
            }
        }
        qr = QRDecomposition(scaled)
        self.root = root
    }

    /// The coefficients of `response` (rows aligned) in the kept columns' order.
    func coefficients(_ response: UnsafeBufferPointer<Double>) -> [Double] {
        qr.coefficients(root.indices.map { response[$0] * root[$0] })
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
    private var factorisation: WeightedFactorisation? = nil

    init(design: DesignMatrix) {
        self.design = design
    }

    var keptDesign: Matrix {
        guard let keptColumns, keptColumns.count < design.matrix.columns else { return design.matrix }
        return design.matrix.selectingColumns(keptColumns)
    }

    /// (X'WX)^-1 of the kept columns at the last solve.
    var bread: Matrix { factorisation?.qr.unscaledCovariance() ?? Matrix(rows: 0, columns: 0) }

    mutating func solve(response: [Double], weights: [Double]?, tolerance: Double?) throws -> WeightedSolution {
        let x = keptDesign
        if let weights {
            factorisation = nil
            let factorisation = x.values.withUnsafeBufferPointer { WeightedFactorisation($0, rows: x.rows, columns: x.columns, weights: weights) }
            if keptColumns == nil {
                keptColumns = factorisation.qr.keptColumns
            } else if factorisation.qr.rank < x.columns {
                throw GravityError.numerical("The weighted design lost rank during the iterations; some regressors are collinear at the current weights.")
            }
            self.factorisation = factorisation
        }
        guard let factorisation else { preconditionFailure("The first solve needs weights") }
        let coefficients = response.withUnsafeBufferPointer { factorisation.coefficients($0) }
        return WeightedSolution(coefficients: coefficients, fitted: keptDesign * coefficients)
    }
}
