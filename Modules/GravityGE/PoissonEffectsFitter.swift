/// Fits the Poisson regression of bilateral flows on exporter and importer effects with the costs
/// as an offset (`chi_reference = 0`): the step the GEPPML procedure repeats.
public protocol PoissonEffectsFitter: Sendable {
    /// The exporter and importer factors `exp(pi_i)`, `exp(chi_j)` of the fit of `flows` with
    /// offset `log(costs)`; `start`, a previous solution, may be used as starting values.
    func fit(_ flows: BilateralMatrix, costs: BilateralMatrix, reference: Int, start: ExporterImporterScaling?) throws -> ExporterImporterScaling
}

/// The exact solution of the Poisson first-order conditions (row and column sums reproduced),
/// which is what every converged PPML of this specification returns.
public struct ExactPoissonEffects: PoissonEffectsFitter {
    /// Largest relative row-sum error accepted.
    public var tolerance: Double

    /// A fitter solving to `tolerance`.
    public init(tolerance: Double = 1e-14) {
        self.tolerance = tolerance
    }

    /// Solves the row- and column-sum conditions of `flows` under `costs`.
    public func fit(_ flows: BilateralMatrix, costs: BilateralMatrix, reference: Int, start: ExporterImporterScaling?) throws -> ExporterImporterScaling {
        try ExporterImporterScaling(costs: costs, rowTotals: flows.rowSums, columnTotals: flows.columnSums,
                                    reference: reference, start: start?.importerFactors, tolerance: tolerance)
    }
}
