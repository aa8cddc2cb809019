import Foundation
import GravityLinearAlgebra
import GravityStatistics
import XCTest

/// BFGS against known minimisers: the Rosenbrock function and its extended form (Moré, Garbow
/// and Hillstrom 1981, functions 1 and 21; minimum 0 at (1, …, 1) from the standard start
/// (−1.2, 1, …)), a quadratic with an analytically known inverse Hessian, and a function
/// undefined on part of its domain.
final class BFGSTests: XCTestCase {
    /// The extended Rosenbrock function `Σᵢ 100(x₂ᵢ − x₂ᵢ₋₁²)² + (1 − x₂ᵢ₋₁)²` and its gradient.
    private func rosenbrock(_ x: [Double], _ gradient: inout [Double]) -> Double {
        var value = 0.0
        for i in stride(from: 0, to: x.count, by: 2) {
            let inner = x[i + 1] - x[i] * x[i]
            let outer = 1 - x[i]
            value += 100 * inner * inner + outer * outer
            gradient[i] = -400 * x[i] * inner - 2 * outer
            gradient[i + 1] = 200 * inner
        }
        return value
    }

    private func standardStart(_ n: Int) -> [Double] {
        (0..<n).map { $0 % 2 == 0 ? -1.2 : 1 }
    }

    func testRosenbrockTwoDimensions() {
        let result = minimizeBFGS(start: standardStart(2), objective: rosenbrock)
        XCTAssertTrue(result.converged, result.message)
        for value in result.minimizer { XCTAssertEqual(value, 1, accuracy: 1e-6) }
        XCTAssertLessThan(result.minimum, 1e-12)
        XCTAssertGreaterThan(result.functionEvaluations, result.iterations)
    }

    func testRosenbrockTenDimensions() {
        let result = minimizeBFGS(start: standardStart(10), objective: rosenbrock)
        XCTAssertTrue(result.converged, result.message)
        XCTAssertEqual(result.minimizer.count, 10)
        for value in result.minimizer { XCTAssertEqual(value, 1, accuracy: 1e-6) }
    }

    func testQuadraticRecoversInverseHessian() {
        // f(x) = ½ x′Ax − b′x with A = [[4, 1, 0], [1, 3, 1], [0, 1, 2]]: minimiser A⁻¹b and
        // inverse Hessian A⁻¹ = [[5, −2, 1], [−2, 8, −4], [1, −4, 11]] / 18 (by cofactors).
        let a = Matrix(rowMajor: [[4, 1, 0], [1, 3, 1], [0, 1, 2]])
        let b = [1.0, -2, 3]
        let inverse = Matrix(rowMajor: [[5, -2, 1], [-2, 8, -4], [1, -4, 11]])
        let options = OptimizationOptions(gradientTolerance: 1e-12, relativeTolerance: 0)
        let result = minimizeBFGS(start: [3, 3, 3], options: options) { x, gradient in
            let ax = a * x
            for i in 0..<3 { gradient[i] = ax[i] - b[i] }
            return 0.5 * dot(x, ax) - dot(b, x)
        }
        XCTAssertTrue(result.converged, result.message)
        let expectedMinimizer = (inverse * b).map { $0 / 18 }
        for (found, expected) in zip(result.minimizer, expectedMinimizer) {
            XCTAssertEqual(found, expected, accuracy: 1e-10)
        }
        // With unit steps accepted by the Wolfe search (no exact line minimisation) BFGS does not
        // reproduce A⁻¹ exactly, only along the directions it explored: ask for 2% in the
        // Frobenius norm.
        let difference = result.inverseHessianApproximation - (1.0 / 18) * inverse
        let relativeError = (dot(difference.values, difference.values) / dot(inverse.values, inverse.values)).squareRoot() * 18
        XCTAssertLessThan(relativeError, 0.02)
    }

    func testBacksOffFromPointsOutsideTheDomain() {
        // f(x) = −log x + x, undefined (NaN) for x ≤ 0, minimised at x = 1. From x = 10 the
        // flat curvature makes the quasi-Newton step overshoot into x < 0.
        var outsideDomain = 0
        let result = minimizeBFGS(start: [10]) { x, gradient in
            guard x[0] > 0 else {
                outsideDomain += 1
                gradient[0] = .nan
                return .nan
            }
            gradient[0] = -1 / x[0] + 1
            return -log(x[0]) + x[0]
        }
        XCTAssertTrue(result.converged, result.message)
        XCTAssertEqual(result.minimizer[0], 1, accuracy: 1e-7)
        XCTAssertGreaterThan(outsideDomain, 0, "the test should exercise the back-off")
    }

    func testStoppingAtMaxIterationsIsNotConvergence() {
        let options = OptimizationOptions(maxIterations: 5)
        let result = minimizeBFGS(start: standardStart(2), options: options, objective: rosenbrock)
        XCTAssertFalse(result.converged)
        XCTAssertEqual(result.iterations, 5)
        XCTAssertTrue(result.message.contains("maxIterations"), result.message)
    }

    func testNonFiniteStartIsReported() {
        let result = minimizeBFGS(start: [-1]) { x, gradient in
            gradient[0] = 1
            return log(x[0])
        }
        XCTAssertFalse(result.converged)
        XCTAssertEqual(result.iterations, 0)
        XCTAssertTrue(result.message.contains("not finite"), result.message)
    }
}
