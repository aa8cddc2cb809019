import GravityCore
import GravityLinearAlgebra

/// One weighted least-squares solve on the buffer of a ``WeightedLeastSquares`` (the response,
/// then the regressors, column-major): the coefficients, the kept regressors and the bread
/// (X'WX)^-1, from a pivoted QR of sqrt(w) X kept while the weights stay, so that a new response
/// costs one pass.
struct WeightedSolver {
    private let qr: QRDecomposition
    /// sqrt(w) per row.
    private let root: [Double]
    /// The coefficients of the kept regressors.
    let coefficients: [Double]

    /// Factorises the `regressors` columns after the response in `columns` (`rows` values each)
    /// under `weights` and solves for the response. `names` name the regressors in the error
    /// when none is left.
    init(columns: [Double], rows n: Int, regressors k: Int, weights: [Double], names: [String]) throws {
        let root = weights.map { $0.squareRoot() }
        var scaled = Matrix(rows: n, columns: k)
        columns.withUnsafeBufferPointer { x in
            scaled.values.withUnsafeMutableBufferPointer { s in
                for j in 0..<k {
                    let base = j * n
                    for i in 0..<n { s[base + i] = x[n + base + i] * root[i] }
                }
            }
        }
        qr = QRDecomposition(scaled)
        self.root = root
        guard qr.rank > 0 || k == 0 else {
            throw GravityError.invalidInput("Every regressor is collinear with the fixed effects or zero (\(names.joined(separator: ", "))); nothing is left to estimate.")
        }
        coefficients = qr.rank == 0 ? [] : qr.coefficients((0..<n).map { columns[$0] * root[$0] })
    }

    /// Indices of the kept regressors (the later of two collinear ones is dropped).
    var keptColumns: [Int] { qr.keptColumns }

    /// (X'WX)^-1 of the kept regressors.
    var bread: Matrix { qr.unscaledCovariance() }

    /// The coefficients of the response in `columns` (same weights and regressors).
    func coefficients(of columns: [Double], rows n: Int) -> [Double] {
        qr.rank == 0 ? [] : qr.coefficients((0..<n).map { columns[$0] * root[$0] })
    }
}
