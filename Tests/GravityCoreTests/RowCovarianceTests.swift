import GravityCore
import GravityLinearAlgebra
import GravityTestKit
import XCTest

/// The covariance computed per row from a normal-equations fit (no stored design or residuals)
/// against the stored-design path of ``CovarianceEstimate``, whose HC and cluster formulas the
/// OLS tests check against R's sandwich and Stata: classical, HC0-HC3 and one- and two-way
/// clusters, weighted, to 1e-10.
final class RowCovarianceTests: XCTestCase {
    func testEveryKindMatchesTheStoredDesignPath() throws {
        var random = SeededRandom(seed: 21)
        let n = 900
        let x1 = (0..<n).map { _ in random.normal() }, x2 = (0..<n).map { _ in random.normal(sd: 2) }
        let y = (0..<n).map { i in 0.5 * x1[i] - x2[i] + random.normal(sd: 1 + abs(x1[i])) }
        let weights = (0..<n).map { _ in 0.2 + 2 * random.uniform() }
        let firm = Grouping(name: "firm", codes: (0..<n).map { _ in Int32(random.next() % 30) }, levels: (0..<30).map(String.init))
        let year = Grouping(name: "year", codes: (0..<n).map { _ in Int32(random.next() % 12) }, levels: (0..<12).map(String.init))
        let names = ["x1", "x2"]
        let normal = try NormalEquationsFit(columns: y + x1 + x2, rowCount: n, regressorNames: names, weights: weights)
        let root = weights.map { $0.squareRoot() }
        let design = Matrix(columnList: [zip(x1, root).map(*), zip(x2, root).map(*)])
        let qr = try LeastSquaresFit(response: zip(y, root).map(*), design: DesignMatrix(matrix: design, columnNames: names, hasIntercept: false))
        let specifications: [CovarianceSpecification] = [.classical, .heteroskedastic(.hc0), .heteroskedastic(.hc1), .heteroskedastic(.hc2),
                                                         .heteroskedastic(.hc3), .cluster(["firm"]), .cluster(["firm", "year"])]
        for specification in specifications {
            let clusters = specification.requiredColumns.map { $0 == "firm" ? firm : year }
            for convention in SmallSampleConvention.allCases {
                let stored = try CovarianceEstimate(specification, convention: convention, family: .leastSquares, design: qr.design,
                                                    residuals: qr.residuals, bread: qr.bread, clusters: clusters)
                let rows = try CovarianceEstimate(specification, convention: convention, family: .leastSquares, rows: normal.rows,
                                                  bread: normal.bread, clusters: clusters)
                XCTAssertEqual(rows.label, stored.label)
                for a in 0..<2 {
                    for b in 0..<2 {
                        assertClose(rows.matrix[a, b], stored.matrix[a, b], relative: 1e-10, absolute: 1e-12, "\(specification) \(convention) [\(a),\(b)]")
                    }
                }
            }
        }
    }
}
