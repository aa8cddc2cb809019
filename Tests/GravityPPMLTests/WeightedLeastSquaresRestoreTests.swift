import GravityKit
@testable import GravityPPML
import XCTest

/// The separation check's step holds the only copy of the regressors while it runs and gives them
/// back afterwards: the demeaned buffer with the fixed effects added back must be the regressors
/// as given, collinear ones (left out of the buffer on the first solve) included.
final class WeightedLeastSquaresRestoreTests: XCTestCase {
    /// A second solve that keeps the weights (the check's later rounds) after a regressor was left
    /// out reads the buffer without it (it crashed before the solver followed the buffer).
    func testRestoredRegressorsAreTheGivenOnes() throws {
        let n = 60
        let exporter = (0..<n).map { Int32($0 % 5) }, importer = (0..<n).map { Int32(($0 / 5) % 7) }
        let x1 = (0..<n).map { sin(Double($0) * 0.7) * 3 + 10 }
        let twice = x1.map { 2 * $0 }                                   // collinear with x1
        let byExporter = exporter.map { Double($0) * 1.5 - 4 }          // absorbed by the fixed effects
        let x4 = (0..<n).map { Double(($0 * 37) % 11) - 5 }
        let given = [x1, twice, byExporter, x4]
        let design = DesignMatrix(matrix: Matrix(columnList: given), columnNames: ["x1", "twice", "by_exporter", "x4"], hasIntercept: false)
        let dimensions = [Grouping(name: "exporter", codes: exporter, levels: (0..<5).map(String.init)),
                          Grouping(name: "importer", codes: importer, levels: (0..<7).map(String.init))]
        var step = WeightedLeastSquares(design: design, dimensions: dimensions, options: FixedEffectsOptions(tolerance: 1e-10),
                                        collinearityTolerance: 1e-14, restorable: true)
        let weights = (0..<n).map { 1 + Double($0 % 4) * 1e6 }
        try step.solve(weights: weights, tolerance: 1e-10) { target in
            for i in target.indices { target[i] = cos(Double(i)) + 2 }
        }
        XCTAssertEqual(step.omittedNames, ["twice"])
        try step.solve(weights: nil, tolerance: 1e-10) { target in
            for i in target.indices { target[i] = Double(i % 3) }
        }
        let restored = step.restoredRegressors()
        XCTAssertEqual(restored.rows, n)
        XCTAssertEqual(restored.columns, 4)
        for (j, column) in given.enumerated() {
            for i in 0..<n { XCTAssertEqual(restored[i, j], column[i], accuracy: 1e-12 * max(1, abs(column[i])), "column \(j) row \(i)") }
        }
    }

    /// The check's step restarted for IRLS (same buffer, fixed effects added back) solves as a
    /// step created from the regressors: same coefficients and bread.
    func testRestartedStepSolvesAsANewOne() throws {
        let n = 80
        let exporter = (0..<n).map { Int32($0 % 6) }, importer = (0..<n).map { Int32(($0 / 6) % 5) }
        let x1 = (0..<n).map { cos(Double($0) * 0.3) * 2 + 1 }, x2 = (0..<n).map { Double(($0 * 13) % 7) }
        let design = DesignMatrix(matrix: Matrix(columnList: [x1, x2]), columnNames: ["x1", "x2"], hasIntercept: false)
        let dimensions = [Grouping(name: "exporter", codes: exporter, levels: (0..<6).map(String.init)),
                          Grouping(name: "importer", codes: importer, levels: (0..<5).map(String.init))]
        let options = FixedEffectsOptions(tolerance: 1e-12)
        var check = WeightedLeastSquares(design: design, dimensions: dimensions, options: options, collinearityTolerance: 1e-14, restorable: true)
        try check.solve(weights: (0..<n).map { $0 % 2 == 0 ? 1 : 1e8 }, tolerance: 1e-12) { for i in $0.indices { $0[i] = Double(i % 2) } }
        XCTAssertTrue(check.holdsEveryRegressor)
        var restarted = check.restarted(collinearityTolerance: 1e-10)
        var fresh = WeightedLeastSquares(design: design, dimensions: dimensions, options: options)
        let weights = (0..<n).map { 0.5 + Double($0 % 9) }
        let response: (UnsafeMutableBufferPointer<Double>) -> Void = { for i in $0.indices { $0[i] = sin(Double(i)) } }
        let a = try restarted.solve(weights: weights, tolerance: 1e-12, response: response)
        let b = try fresh.solve(weights: weights, tolerance: 1e-12, response: response)
        for j in 0..<2 {
            XCTAssertEqual(a[j], b[j], accuracy: 1e-10 * abs(b[j]))
            XCTAssertEqual(restarted.bread[j, j], fresh.bread[j, j], accuracy: 1e-10 * abs(fresh.bread[j, j]))
        }
    }
}
