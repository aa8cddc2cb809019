import GravityCore

/// Removes (absorbs) fixed effects from columns of data: the engine behind every estimator with
/// fixed effects after `|`. See ``FixedEffectsOptions`` for tolerance and limits, and the
/// module overview in `FixedEffectsEngine.swift` for a usage example.
///
/// The columns are demeaned by solving the normal equations of the fixed effects with
/// preconditioned conjugate gradients (accelerated alternating projections, as reghdfe); one
/// dimension is solved exactly by weighted group means. The same solve recovers the effects per
/// level from `y - X b`.
public struct FixedEffectsAbsorber: Sendable {
    /// The fixed-effect dimensions (rows aligned to the columns demeaned).
    public let dimensions: [Grouping]
    /// Tolerance and iteration limit.
    public var options: FixedEffectsOptions
    private var system: FixedEffectsSystem

    /// An absorber for `dimensions` (at least one, all with the same rows), with optional
    /// observation weights (positive and finite).
    public init(dimensions: [Grouping], weights: [Double]? = nil, options: FixedEffectsOptions = FixedEffectsOptions()) throws {
        guard let first = dimensions.first, !first.codes.isEmpty else {
            throw GravityError.invalidInput("The fixed-effects engine needs at least one dimension and one row.")
        }
        for dimension in dimensions where dimension.codes.count != first.codes.count {
            throw GravityError.invalidInput("Fixed effect `\(dimension.name)` has \(dimension.codes.count) rows, `\(first.name)` has \(first.codes.count).")
        }
        try Self.validate(weights, rowCount: first.codes.count)
        self.dimensions = dimensions
        self.options = options
        system = FixedEffectsSystem(dimensions: dimensions, weights: weights)
    }

    /// Number of rows.
    public var rowCount: Int { system.rowCount }

    /// Replaces the observation weights (PPML's IRLS weights change at every step); the groups
    /// stay. Coefficients of a previous call remain valid warm starts.
    public mutating func setWeights(_ weights: [Double]?) throws {
        try Self.validate(weights, rowCount: rowCount)
        system.setWeights(weights)
    }

    /// Demeans `columnCount` columns stored column-major in `columns`, in place: each becomes its
    /// residual from a weighted regression on the fixed effects.
    /// - Parameters:
    ///   - warmStart: per column, the ``DemeaningReport/coefficients`` of an earlier call (for
    ///     example the previous IRLS step's), from which the solve starts.
    ///   - columnNames: names used in the error when a column does not converge.
    ///   - tolerance: this call's convergence tolerance instead of ``FixedEffectsOptions/tolerance``
    ///     (PPML loosens it on early IRLS steps and tightens it as IRLS converges).
    /// - Returns: per column, the fixed-effect coefficients and iterations used.
    /// - Throws: ``GravityError/numerical(_:)`` naming the column and the tolerance reached when
    ///   a column does not converge within ``FixedEffectsOptions/maxIterations``.
    public func demean(_ columns: inout [Double], columnCount: Int, warmStart: [[Double]]? = nil,
                       columnNames: [String]? = nil, tolerance: Double? = nil) throws -> DemeaningReport {
        let n = rowCount
        precondition(columns.count == n * columnCount, "Columns hold \(columns.count) values, expected \(n * columnCount)")
        precondition(warmStart == nil || warmStart!.count == columnCount, "One warm start per column")
        let outcome = try solve(columns, columnCount: columnCount, starts: warmStart, names: columnNames,
                                tolerance: tolerance ?? options.tolerance)
        var interleaved = [Double](repeating: 0, count: system.coefficientCount * columnCount)
        for (c, coefficients) in outcome.coefficients.enumerated() {
            for l in coefficients.indices { interleaved[l * columnCount + c] = coefficients[l] }
        }
        interleaved.withUnsafeBufferPointer { a in
            columns.withUnsafeMutableBufferPointer { system.subtractEffects(a.baseAddress!, from: $0.baseAddress!, columns: columnCount) }
        }
        return DemeaningReport(coefficients: outcome.coefficients, iterations: outcome.iterations)
    }

    /// The fixed effects per level that best fit `levels` (typically `y - X b`), normalised as
    /// ``FixedEffectValues`` states.
    public func effects(fitting levels: [Double], warmStart: [Double]? = nil) throws -> FixedEffectValues {
        let outcome = try solve(levels, columnCount: 1, starts: warmStart.map { [$0] }, names: ["the fixed effects"],
                                tolerance: options.tolerance)
        return FixedEffectValues(dimensions: dimensions, coefficients: outcome.coefficients[0])
    }

    /// The fixed effects per level of the combination `sum_j factors[j] * column_j` of demeaned
    /// columns, from their ``DemeaningReport/coefficients`` (the effects are linear in the
    /// column): for `y - X b`, factors are `[1, -b_1, ..., -b_p]`. No pass over the rows.
    public func effects(combining report: DemeaningReport, factors: [Double]) -> FixedEffectValues {
        var combined = [Double](repeating: 0, count: system.coefficientCount)
        for (coefficients, factor) in zip(report.coefficients, factors) where factor != 0 {
            for l in combined.indices { combined[l] += factor * coefficients[l] }
        }
        return FixedEffectValues(dimensions: dimensions, coefficients: combined)
    }

    /// The degrees of freedom the dimensions absorb.
    public var absorbedDegreesOfFreedom: AbsorbedDegreesOfFreedom { AbsorbedDegreesOfFreedom(dimensions) }

    private func solve(_ data: [Double], columnCount: Int, starts: [[Double]]?, names: [String]?,
                       tolerance: Double) throws -> ConjugateGradientSolver.Outcome {
        try data.withUnsafeBufferPointer { all in
            let y = all.baseAddress!
            if system.dimensionCount == 1 {
                let sums = system.levelSums(y, columns: columnCount)
                let inverse = system.inverseLevelWeights
                let means = (0..<columnCount).map { c in inverse.indices.map { sums[$0 * columnCount + c] * inverse[$0] } }
                return ConjugateGradientSolver.Outcome(coefficients: means, iterations: [Int](repeating: 1, count: columnCount),
                                                       relativeResidual: [Double](repeating: 0, count: columnCount),
                                                       converged: [Bool](repeating: true, count: columnCount))
            }
            let solver = ConjugateGradientSolver(system: system, tolerance: tolerance, maxIterations: options.maxIterations)
            let initial: [[Double]?] = starts.map { $0.map { Optional($0) } } ?? [[Double]?](repeating: nil, count: columnCount)
            let outcome = solver.solve(y, columns: columnCount, starts: initial)
            SolverTrace.record(rows: system.rowCount, levels: system.coefficientCount, outcome: outcome)
            if let failed = outcome.converged.firstIndex(of: false) {
                let name = names?[failed] ?? "column \(failed + 1)"
                throw GravityError.numerical("The fixed effects did not converge for \(name) within \(options.maxIterations) iterations: the residual's projection on the fixed effects is \(outcome.relativeResidual[failed]) of the column's norm, above the tolerance \(tolerance). Raise `--option fixef_maxiter=...` or loosen `--option fixef_tol=...`.")
            }
            return outcome
        }
    }

    private static func validate(_ weights: [Double]?, rowCount: Int) throws {
        guard let weights else { return }
        guard weights.count == rowCount else {
            throw GravityError.invalidInput("There are \(weights.count) weights for \(rowCount) rows.")
        }
        if let bad = weights.firstIndex(where: { !($0 > 0 && $0.isFinite) }) {
            throw GravityError.invalidInput("Weights must be positive and finite; row \(bad + 1) has \(weights[bad]).")
        }
    }
}

/// What ``FixedEffectsAbsorber/demean(_:columnCount:warmStart:columnNames:tolerance:)`` did, per column.
public struct DemeaningReport: Sendable {
    /// The fixed-effect coefficients of each column (levels of every dimension one after
    /// another, not normalised): pass them back as a warm start.
    public var coefficients: [[Double]]
    /// Conjugate-gradient iterations used for each column (1 for one dimension, solved exactly).
    public var iterations: [Int]
}
