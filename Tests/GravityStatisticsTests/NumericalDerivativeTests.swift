import Foundation
import GravityLinearAlgebra
import GravityStatistics
import XCTest

/// Finite-difference derivatives against closed-form derivatives of
/// `f(x, y) = exp(x) sin(y) + x² y³`:
/// `∇f = (eˣ sin y + 2x y³, eˣ cos y + 3x² y²)` and
/// `∇²f = [[eˣ sin y + 2y³, eˣ cos y + 6x y²], [eˣ cos y + 6x y², −eˣ sin y + 6x² y]]`.
final class NumericalDerivativeTests: XCTestCase {
    private func f(_ p: [Double]) -> Double {
        exp(p[0]) * sin(p[1]) + p[0] * p[0] * pow(p[1], 3)
    }

    private func analyticGradient(_ p: [Double]) -> [Double] {
        let (x, y) = (p[0], p[1])
        return [exp(x) * sin(y) + 2 * x * y * y * y, exp(x) * cos(y) + 3 * x * x * y * y]
    }

    private func analyticHessian(_ p: [Double]) -> Matrix {
        let (x, y) = (p[0], p[1])
        let cross = exp(x) * cos(y) + 6 * x * y * y
        return Matrix(rowMajor: [[exp(x) * sin(y) + 2 * y * y * y, cross], [cross, -exp(x) * sin(y) + 6 * x * x * y]])
    }

    private let point = [0.7, -1.3]

    func testCentralDifferenceGradient() {
        let numerical = numericalGradient(at: point, f)
        for (found, expected) in zip(numerical, analyticGradient(point)) {
            assertRelativelyEqual(found, expected, tolerance: 1e-9)
        }
    }

    func testGradientWithLargeCoordinateUsesRelativeStep() {
        // g(x) = x³/3 at x = 1e4 has derivative 1e8.
        let numerical = numericalGradient(at: [1e4]) { $0[0] * $0[0] * $0[0] / 3 }
        assertRelativelyEqual(numerical[0], 1e8, tolerance: 1e-9)
    }

    func testHessianFromFunctionValues() {
        let numerical = numericalHessian(at: point, f)
        let expected = analyticHessian(point)
        XCTAssertEqual(numerical[0, 1], numerical[1, 0])
        for j in 0..<2 {
            for i in 0..<2 { XCTAssertEqual(numerical[i, j], expected[i, j], accuracy: 1e-6 * max(1, abs(expected[i, j]))) }
        }
    }

    func testHessianFromAnalyticGradient() {
        let numerical = numericalHessian(at: point, gradient: analyticGradient)
        let expected = analyticHessian(point)
        XCTAssertEqual(numerical[0, 1], numerical[1, 0])
        for j in 0..<2 {
            for i in 0..<2 { XCTAssertEqual(numerical[i, j], expected[i, j], accuracy: 1e-8 * max(1, abs(expected[i, j]))) }
        }
    }
}
