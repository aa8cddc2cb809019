import XCTest
import GravityLinearAlgebra

/// Least squares on the NIST StRD "Longley" data set (Longley 1967; NIST Statistical Reference
/// Datasets, linear regression, higher level of difficulty), against NIST's certified values.
final class NISTLongleyTests: XCTestCase {
    /// The 16 observations: employment (y), then GNP deflator, GNP, unemployed, armed forces,
    /// population and year, exactly as published by NIST.
    private static let observations: [[Double]] = [
        [60323, 83.0, 234289, 2356, 1590, 107608, 1947],
        [61122, 88.5, 259426, 2325, 1456, 108632, 1948],
        [60171, 88.2, 258054, 3682, 1616, 109773, 1949],
        [61187, 89.5, 284599, 3351, 1650, 110929, 1950],
        [63221, 96.2, 328975, 2099, 3099, 112075, 1951],
        [63639, 98.1, 346999, 1932, 3594, 113270, 1952],
        [64989, 99.0, 365385, 1870, 3547, 115094, 1953],
        [63761, 100.0, 363112, 3578, 3350, 116219, 1954],
        [66019, 101.2, 397469, 2904, 3048, 117388, 1955],
        [67857, 104.6, 419180, 2822, 2857, 118734, 1956],
        [68169, 108.4, 442769, 2936, 2798, 120445, 1957],
        [66513, 110.8, 444546, 4681, 2637, 121950, 1958],
        [68655, 112.6, 482704, 3813, 2552, 123366, 1959],
        [69564, 114.2, 502601, 3931, 2514, 125368, 1960],
        [69331, 115.7, 518173, 4806, 2572, 127852, 1961],
        [70551, 116.9, 554894, 4007, 2827, 130081, 1962],
    ]

    /// NIST certified coefficients: intercept, then the six regressors in the order above.
    private static let certifiedCoefficients: [Double] = [
        -3482258.63459582, 15.0618722713733, -0.358191792925910E-01, -2.02022980381683,
        -1.03322686717359, -0.511041056535807E-01, 1829.15146461355,
    ]

    /// NIST certified standard deviations of the coefficients.
    private static let certifiedStandardErrors: [Double] = [
        890420.383607373, 84.9149257747669, 0.334910077722432E-01, 0.488399681651699,
        0.214274163161675, 0.226073200069370, 455.478499142212,
    ]

    /// NIST certified residual standard deviation and R squared.
    private static let certifiedResidualStandardDeviation = 304.854073561965
    private static let certifiedRSquared = 0.995479004577296

    private var design: Matrix {
        Matrix(rowMajor: Self.observations.map { [1] + $0.dropFirst() })
    }

    private var response: [Double] { Self.observations.map { $0[0] } }

    func testCoefficientsMatchCertifiedValues() {
        let qr = QRDecomposition(design)
        XCTAssertEqual(qr.rank, 7)
        XCTAssertEqual(qr.keptColumns, Array(0..<7))
        XCTAssertEqual(qr.aliasedColumns, [])
        let coefficients = qr.coefficients(response)
        for (estimate, certified) in zip(coefficients, Self.certifiedCoefficients) {
            XCTAssertEqual(estimate, certified, accuracy: 1e-11 * abs(certified))
        }
    }

    func testStandardErrorsMatchCertifiedValues() {
        let qr = QRDecomposition(design)
        let residualVariance = residualSumOfSquares(qr) / Double(qr.rows - qr.rank)
        XCTAssertEqual(residualVariance.squareRoot(), Self.certifiedResidualStandardDeviation,
                       accuracy: 1e-10 * Self.certifiedResidualStandardDeviation)
        let covariance = qr.unscaledCovariance()
        for (k, certified) in Self.certifiedStandardErrors.enumerated() {
            let standardError = (covariance[k, k] * residualVariance).squareRoot()
            XCTAssertEqual(standardError, certified, accuracy: 1e-10 * certified)
        }
    }

    func testFittedValuesGiveCertifiedRSquared() {
        let qr = QRDecomposition(design)
        let y = response
        let mean = y.reduce(0, +) / Double(y.count)
        let total = y.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        let rSquared = 1 - residualSumOfSquares(qr) / total
        XCTAssertEqual(rSquared, Self.certifiedRSquared, accuracy: 1e-12)
    }

    /// A regressor multiplied by 1e150, 1e-160, 1e300 or 1e-300 (its squares overflow or
    /// underflow) keeps every coefficient: the certified one, divided by the factor for that
    /// regressor. Before columns were scaled, 1e300 gave wrong coefficients and 1e-160 none.
    func testCoefficientsAtExtremeColumnScales() {
        for factor in [1e150, 1e-160, 1e300, 1e-300] {
            var x = design
            for i in 0..<x.rows { x[i, 2] *= factor }
            let qr = QRDecomposition(x)
            XCTAssertEqual(qr.aliasedColumns, [], "factor \(factor)")
            for (k, estimate) in qr.coefficients(response).enumerated() {
                let certified = Self.certifiedCoefficients[k] / (k == 2 ? factor : 1)
                XCTAssertEqual(estimate, certified, accuracy: 1e-9 * abs(certified), "coefficient \(k), factor \(factor)")
            }
        }
    }

    /// The response multiplied by 1e300 (whose squares overflow) scales every coefficient, and a
    /// regressor multiplied by 1e140 scales its variance by 1e-280 without underflow.
    func testResponseScaleAndCovarianceOfAScaledColumn() {
        let scaledResponse = response.map { $0 * 1e300 }
        for (estimate, certified) in zip(QRDecomposition(design).coefficients(scaledResponse), Self.certifiedCoefficients) {
            XCTAssertEqual(estimate, certified * 1e300, accuracy: 1e-9 * abs(certified * 1e300))
        }
        var x = design
        for i in 0..<x.rows { x[i, 2] *= 1e140 }
        let qr = QRDecomposition(x)
        let residualVariance = Self.certifiedResidualStandardDeviation * Self.certifiedResidualStandardDeviation
        let covariance = qr.unscaledCovariance()
        for (k, certified) in Self.certifiedStandardErrors.enumerated() {
            let expected = certified / (k == 2 ? 1e140 : 1)
            XCTAssertEqual((covariance[k, k] * residualVariance).squareRoot(), expected, accuracy: 1e-9 * expected, "standard error \(k)")
        }
    }

    private func residualSumOfSquares(_ qr: QRDecomposition) -> Double {
        zip(response, qr.fitted(response)).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }
    }
}
