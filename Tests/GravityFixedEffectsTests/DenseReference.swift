import GravityCore
import GravityLinearAlgebra

/// The exact answers the engine is compared with, from a dense least-squares fit on explicit
/// indicator columns (pivoted QR): feasible only for small problems, exact up to rounding.
enum DenseReference {
    /// The residual of `y` from its weighted regression on the indicators of every dimension.
    static func demeaned(_ y: [Double], dimensions: [Grouping], weights: [Double]? = nil) -> [Double] {
        demeaned(columns: [y], dimensions: dimensions, weights: weights)[0]
    }

    /// The residuals of several columns (one decomposition for all of them).
    static func demeaned(columns ys: [[Double]], dimensions: [Grouping], weights: [Double]? = nil) -> [[Double]] {
        let n = ys[0].count
        let root = (weights ?? [Double](repeating: 1, count: n)).map { $0.squareRoot() }
        var columns: [[Double]] = []
        for dimension in dimensions {
            for level in 0..<dimension.count {
                columns.append((0..<n).map { dimension.codes[$0] == Int32(level) ? root[$0] : 0 })
            }
        }
        let qr = QRDecomposition(Matrix(columnList: columns), tolerance: 1e-10)
        return ys.map { y in
            let scaled = zip(y, root).map { $0 * $1 }
            let fitted = qr.fitted(scaled)
            return (0..<n).map { (scaled[$0] - fitted[$0]) / root[$0] }
        }
    }

    /// The rank of the indicator columns of `dimensions`.
    static func rank(_ dimensions: [Grouping]) -> Int {
        let n = dimensions[0].codes.count
        var columns: [[Double]] = []
        for dimension in dimensions {
            for level in 0..<dimension.count { columns.append((0..<n).map { dimension.codes[$0] == Int32(level) ? 1 : 0 }) }
        }
        return QRDecomposition(Matrix(columnList: columns), tolerance: 1e-10).rank
    }
}

/// A grouping from codes, with levels named by their code.
func grouping(_ name: String, _ codes: [Int32]) -> Grouping {
    let count = Int(codes.max() ?? -1) + 1
    return Grouping(name: name, codes: codes, levels: (0..<count).map(String.init))
}
