import Foundation
import GravityCore

/// The exporter and importer fixed effects of a Poisson regression of bilateral flows on exporter
/// and importer dummies with a cost offset, `E[x_ij] = exp(pi_i + chi_j) * t_ij`, solved exactly.
///
/// With only these two sets of dummies the Poisson first-order conditions say that the fitted
/// flows reproduce every exporter's row sum and every importer's column sum; given the costs the
/// solution is unique once one importer effect is fixed (`chi_reference = 0`, the book's omitted
/// dummy). It is found by alternating the two sets of conditions (iterative proportional fitting),
/// which any exact PPML solver agrees with; `tolerance` bounds the largest relative row-sum error.
public struct ExporterImporterScaling: Sendable {
    /// `exp(pi_i)`, one per exporter.
    public var exporterFactors: [Double]
    /// `exp(chi_j)`, one per importer; the reference importer's is 1.
    public var importerFactors: [Double]
    /// Sweeps used.
    public var iterations: Int

    /// Solves for the factors whose fitted flows `exp(pi_i) exp(chi_j) t_ij` have row sums
    /// `rowTotals` and column sums `columnTotals`; `start` warm-starts the importer factors.
    public init(costs: BilateralMatrix, rowTotals: [Double], columnTotals: [Double], reference: Int,
                start: [Double]? = nil, tolerance: Double = 1e-14, maxIterations: Int = 100_000) throws {
        let n = costs.count
        var b = start ?? [Double](repeating: 1, count: n)
        var a = [Double](repeating: 1, count: n)
        var columnMass = [Double](repeating: 0, count: n)
        var iteration = 0
        var change = Double.infinity
        costs.values.withUnsafeBufferPointer { t in
            while iteration < maxIterations {
                iteration += 1
                change = 0
                for i in 0..<n {
                    var s = 0.0
                    let row = i * n
                    for j in 0..<n { s += t[row + j] * b[j] }
                    let updated = rowTotals[i] / s
                    if iteration > 1 { change = max(change, abs(a[i] / updated - 1)) }
                    a[i] = updated
                }
                for j in 0..<n { columnMass[j] = 0 }
                for i in 0..<n {
                    let ai = a[i], row = i * n
                    for j in 0..<n { columnMass[j] += ai * t[row + j] }
                }
                for j in 0..<n { b[j] = columnTotals[j] / columnMass[j] }
                if iteration > 1 && change <= tolerance { break }
            }
        }
        guard change <= tolerance else {
            throw GravityError.numerical("The exporter and importer effects did not converge in \(maxIterations) sweeps (last relative change \(change)).")
        }
        let scale = b[reference]
        exporterFactors = a.map { $0 * scale }
        importerFactors = b.map { $0 / scale }
        iterations = iteration
    }

    /// The fitted flows `exp(pi_i) exp(chi_j) t_ij`.
    public func fitted(_ costs: BilateralMatrix) -> BilateralMatrix {
        costs.scaled(rows: exporterFactors, columns: importerFactors)
    }
}

extension ExporterImporterScaling {
    /// Factors obtained elsewhere (for example read from a fitted PPML).
    public init(exporterFactors: [Double], importerFactors: [Double], iterations: Int) {
        self.exporterFactors = exporterFactors
        self.importerFactors = importerFactors
        self.iterations = iterations
    }
}
