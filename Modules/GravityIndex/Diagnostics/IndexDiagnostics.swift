import Foundation
import GravityLinearAlgebra

/// What every index reports about its indicators: their moments, the correlation matrix, its
/// eigenvalues, the KMO measure and Bartlett's sphericity test.
public struct IndexDiagnostics: Sendable {
    /// Indicator names, in column order.
    public let names: [String]
    /// Number of rows used.
    public let observationCount: Int
    /// Mean of each indicator.
    public let means: [Double]
    /// Sample standard deviation of each indicator (n - 1 denominator).
    public let standardDeviations: [Double]
    /// The Pearson correlation matrix.
    public let correlation: Matrix
    /// Eigen-decomposition of the correlation matrix: eigenvalues descending, unit eigenvectors.
    public let eigen: SymmetricEigenDecomposition
    /// The natural logarithm of the determinant of the correlation matrix (`-inf` when singular).
    public let logDeterminant: Double
    /// KMO overall and per variable; nil when the correlation matrix is singular.
    public let kmo: SamplingAdequacy?
    /// Bartlett's sphericity test; nil when the correlation matrix is singular.
    public let bartlett: BartlettSphericityTest?
    /// Why the correlation matrix has no inverse, when it has none.
    public let singularity: SingularCorrelation?

    /// The diagnostics of `data`.
    ///
    /// Indicators of extreme magnitude (near 1e300 or 1e-200) are divided by a power of two
    /// before their cross-products are taken, so that the correlations do not depend on the
    /// indicators' units; means and standard deviations are scaled back.
    public init(_ data: IndicatorData) {
        names = data.names
        let n = data.count, p = data.names.count
        observationCount = n
        let equilibrated = data.values.equilibratedColumns()
        let values = equilibrated?.matrix ?? data.values
        let exponents = equilibrated?.exponents ?? [Int](repeating: 0, count: p)
        let scaledMeans = ColumnKernels.means(values)
        let crossProducts = ColumnKernels.centredCrossProducts(values, means: scaledMeans)
        let scale = (0..<p).map { crossProducts[$0, $0].squareRoot() }
        means = (0..<p).map { ColumnScales.scale(scaledMeans[$0], byPowerOfTwo: exponents[$0]) }
        standardDeviations = (0..<p).map { ColumnScales.scale(scale[$0] / Double(n - 1).squareRoot(), byPowerOfTwo: exponents[$0]) }
        var correlation = Matrix(rows: p, columns: p)
        for j in 0..<p {
            for i in 0..<p { correlation[i, j] = i == j ? 1 : crossProducts[i, j] / (scale[i] * scale[j]) }
        }
        self.correlation = correlation
        eigen = try! SymmetricEigenDecomposition(correlation)
        let cholesky = try? CholeskyDecomposition(correlation)
        if let detected = SingularCorrelation(eigen: eigen, names: names, observationCount: n) {
            singularity = detected
        } else if cholesky == nil {
            singularity = SingularCorrelation(eigen: eigen, null: [p - 1], names: names, observationCount: n)
        } else {
            singularity = nil
        }
        if singularity == nil, let cholesky {
            logDeterminant = cholesky.logDeterminant
            kmo = SamplingAdequacy(correlation: correlation, inverse: cholesky.inverse())
            bartlett = BartlettSphericityTest(logDeterminant: logDeterminant, variables: p, observations: n)
        } else {
            logDeterminant = -.infinity
            kmo = nil
            bartlett = nil
        }
    }

    /// The determinant of the correlation matrix.
    public var determinant: Double { exp(logDeterminant) }

    /// Each eigenvalue's share of the total variance (the number of indicators).
    public var proportions: [Double] {
        let total = eigen.values.reduce(0, +)
        return eigen.values.map { $0 / total }
    }

    /// Cumulative shares of variance.
    public var cumulativeProportions: [Double] {
        var running = 0.0
        return proportions.map { share in
            running += share
            return running
        }
    }
}
