import GravityCore
import GravityFixedEffects
import GravityLinearAlgebra
import GravityTestKit
import XCTest

/// The normal-equations kernel of `AbsorbedColumns` against the pivoted QR of `LeastSquaresFit`
/// on the same demeaned columns (the QR path the pyfixest references were matched with first):
/// coefficients, `(X'WX)^-1` and the residual sum of squares to 1e-10, weighted and unweighted;
/// the later of two collinear regressors is the one dropped, as QR drops it.
final class NormalEquationsFitTests: XCTestCase {
    private func demeanedColumns(seed: UInt64, weights: [Double]? = nil, collinear: Bool = false) throws -> (AbsorbedColumns, [String]) {
        var random = SeededRandom(seed: seed)
        let n = 3000
        let a = (0..<n).map { _ in Int32(random.next() % 40) }, b = (0..<n).map { _ in Int32(random.next() % 25) }
        let x1 = (0..<n).map { i in Double(a[i]) * 0.1 + random.normal() }
        let x2 = (0..<n).map { i in Double(b[i]) * -0.2 + random.normal(sd: 3) }
        var columns = [x1, x2]
        if collinear { columns.append(zip(x1, x2).map { 2 * $0 - $1 }) }
        columns.append((0..<n).map { _ in 1e4 * random.normal() })
        let y = (0..<n).map { i in 1.5 * x1[i] - 0.7 * x2[i] + Double(a[i] % 7) + random.normal() }
        let names = ["x1", "x2"] + (collinear ? ["combination"] : []) + ["large"]
        var absorbed = AbsorbedColumns(response: y, regressors: Matrix(columnList: columns))
        let absorber = try FixedEffectsAbsorber(dimensions: [Grouping(name: "a", codes: a, levels: (0..<40).map(String.init)),
                                                             Grouping(name: "b", codes: b, levels: (0..<25).map(String.init))],
                                                weights: weights)
        try absorbed.demean(by: absorber, names: ["y"] + names)
        return (absorbed, names)
    }

    /// The QR fit of the same columns, each row scaled by sqrt(w) when weighted.
    private func qrFit(_ columns: AbsorbedColumns, names: [String], weights: [Double]?) throws -> LeastSquaresFit {
        let root = weights?.map { $0.squareRoot() }
        let n = columns.rowCount
        func scaled(_ values: [Double]) -> [Double] { root.map { r in values.indices.map { values[$0] * r[$0 % n] } } ?? values }
        let x = columns.regressors
        return try LeastSquaresFit(response: scaled(columns.response),
                                   design: DesignMatrix(matrix: Matrix(rows: n, columns: x.columns, columnMajor: scaled(x.values)),
                                                        columnNames: names, hasIntercept: false))
    }

    private func assertSameFit(_ fit: NormalEquationsFit, _ qr: LeastSquaresFit, _ label: String) {
        XCTAssertEqual(fit.terms, qr.terms, label)
        XCTAssertEqual(fit.omittedTerms, qr.omittedTerms, label)
        for k in fit.terms.indices {
            assertClose(fit.coefficients[k], qr.coefficients[k], relative: 1e-10, "\(label) b \(fit.terms[k])")
            for l in fit.terms.indices { assertClose(fit.bread[k, l], qr.bread[k, l], relative: 1e-10, absolute: 1e-10 * abs(qr.bread[l, l]), "\(label) bread \(k),\(l)") }
        }
        assertClose(fit.residualSumOfSquares, qr.residualSumOfSquares, relative: 1e-10, "\(label) SSR")
    }

    func testUnweightedMatchesQR() throws {
        let (columns, names) = try demeanedColumns(seed: 3)
        let fit = try columns.normalEquationsFit(regressorNames: names)
        assertSameFit(fit, try qrFit(columns, names: names, weights: nil), "unweighted")
        let residuals = fit.rows.residuals()
        let qr = try qrFit(columns, names: names, weights: nil)
        for i in stride(from: 0, to: columns.rowCount, by: 97) { assertClose(residuals[i], qr.residuals[i], relative: 1e-9, absolute: 1e-9, "residual \(i)") }
    }

    func testWeightedMatchesQR() throws {
        var random = SeededRandom(seed: 8)
        let weights = (0..<3000).map { _ in 0.1 + 4 * random.uniform() }
        let (columns, names) = try demeanedColumns(seed: 4, weights: weights)
        assertSameFit(try columns.normalEquationsFit(regressorNames: names, weights: weights),
                      try qrFit(columns, names: names, weights: weights), "weighted")
    }

    func testLaterCollinearRegressorIsDroppedAndNamed() throws {
        let (columns, names) = try demeanedColumns(seed: 5, collinear: true)
        let fit = try columns.normalEquationsFit(regressorNames: names)
        XCTAssertEqual(fit.omittedTerms, ["combination"])
        XCTAssertEqual(fit.keptColumns, [0, 1, 3])
        XCTAssertEqual(fit.omissions.english, ["`combination` omitted because of collinearity."])
        assertSameFit(fit, try qrFit(columns, names: names, weights: nil), "collinear")
    }

    func testCandidatesLeaveOutRegressors() throws {
        let (columns, names) = try demeanedColumns(seed: 6)
        let fit = try columns.normalEquationsFit(regressorNames: names, candidates: [0, 2])
        XCTAssertEqual(fit.terms, ["x1", "large"])
        XCTAssertEqual(fit.omittedTerms, [])
    }

    func testOverflowingColumnIsNamed() throws {
        let columns = AbsorbedColumns(response: [1, 2, 3, 5], regressors: Matrix(columnList: [[1e200, -1e200, 2e200, 0]]))
        XCTAssertThrowsError(try columns.normalEquationsFit(regressorNames: ["huge"])) { error in
            XCTAssertTrue("\(error)".contains("`huge`"), "\(error)")
        }
    }
}
