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
    /// - Returns: per column, the fixed-effect coefficients and iterations used.
    /// - Throws: ``GravityError/numerical(_:)`` naming the column and the tolerance reached when
    ///   a column does not converge within ``FixedEffectsOptions/maxIterations``.
    public func demean(_ columns: inout [Double], columnCount: Int, warmStart: [[Double]]? = nil,
                       columnNames: [String]? = nil) throws -> DemeaningReport {
        let n = rowCount
        precondition(columns.count == n * columnCount, "Columns hold \(columns.count) values, expected \(n * columnCount)")
        precondition(warmStart == nil || warmStart!.count == columnCount, "One warm start per column")
        var report = DemeaningReport(coefficients: [], iterations: [])
        for j in 0..<columnCount {
            let outcome = try solve(columns, offset: j * n, start: warmStart?[j], name: columnNames?[j] ?? "column \(j + 1)")
            columns.withUnsafeMutableBufferPointer { all in
                let column = UnsafeMutableBufferPointer(rebasing: all[(j * n)..<((j + 1) * n)])
                outcome.coefficients.withUnsafeBufferPointer { system.subtractEffects($0, from: column) }
            }
            report.coefficients.append(outcome.coefficients)
            report.iterations.append(outcome.iterations)
        }
        return report
    }

    /// The fixed effects per level that best fit `levels` (typically `y - X b`), normalised as
    /// ``FixedEffectValues`` states.
    public func effects(fitting levels: [Double], warmStart: [Double]? = nil) throws -> FixedEffectValues {
        let outcome = try solve(levels, offset: 0, start: warmStart, name: "the fixed effects")
        return FixedEffectValues(dimensions: dimensions, coefficients: outcome.coefficients)
    }

    /// The degrees of freedom the dimensions absorb.
    public var absorbedDegreesOfFreedom: AbsorbedDegreesOfFreedom { AbsorbedDegreesOfFreedom(dimensions) }

    private func solve(_ data: [Double], offset: Int, start: [Double]?, name: String) throws -> ConjugateGradientSolver.Outcome {
        try data.withUnsafeBufferPointer { all in
            let column = UnsafeBufferPointer(rebasing: all[offset..<(offset + rowCount)])
            if system.dimensionCount == 1 {
                let means = zip(system.levelSums(column), system.inverseLevelWeights).map { $0 * $1 }
                return ConjugateGradientSolver.Outcome(coefficients: means, iterations: 1, relativeResidual: 0, converged: true)
            }
            let solver = ConjugateGradientSolver(system: system, tolerance: options.tolerance, maxIterations: options.maxIterations)
            let outcome = solver.solve(column, start: start)
            guard outcome.converged else {
                throw GravityError.numerical("The fixed effects did not converge for \(name) within \(options.maxIterations) iterations: the residual's projection on the fixed effects is \(outcome.relativeResidual) of the column's norm, above the tolerance \(options.tolerance). Raise `--option fixef_maxiter=...` or loosen `--option fixef_tol=...`.")
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

/// What ``FixedEffectsAbsorber/demean(_:columnCount:warmStart:columnNames:)`` did, per column.
public struct DemeaningReport: Sendable {
    /// The fixed-effect coefficients of each column (levels of every dimension one after
    /// another, not normalised): pass them back as a warm start.
    public var coefficients: [[Double]]
    /// Conjugate-gradient iterations used for each column (1 for one dimension, solved exactly).
    public var iterations: [Int]
}
