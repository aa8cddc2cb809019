import GravityCore
import GravityFixedEffects
import GravityLinearAlgebra

/// The weighted least-squares problem at the heart of IRLS and of the separation check: regress a
/// working response on the regressors under working weights, with any fixed effects projected out
/// by the fixed-effects engine.
///
/// Everything of the size of the data lives in one column-major buffer, the response first and the
/// kept regressors after it, demeaned in place when there are fixed effects. The caller writes each
/// response straight into it, and reads the residuals from it row by row (``withResiduals(_:)``):
/// neither is stored apart. Nothing is demeaned from scratch twice: the regressors demeaned at the
/// previous solve are demeaned again under the new weights (the same residuals as from the raw
/// regressors, since they differ by fixed effects, but starting next to the answer), the response
/// starts from its fixed effects of the previous solve, and a solve that keeps the weights demeans
/// the response alone. Regressors collinear with each other or with the fixed effects are found on
/// the first solve and left out from then on.
struct WeightedLeastSquares {
    /// Every candidate regressor's name, in design order.
    let regressorNames: [String]
    /// Indices of the kept regressors (known after the first solve).
    private(set) var keptColumns: [Int]? = nil
    /// A regressor whose part independent of the regressors before it has a weighted squared
    /// norm at most this times its own is collinear (``NormalEquationsFit``).
    private let collinearityTolerance: Double
    let rowCount: Int
    /// The response, then each kept regressor, column-major.
    private var columns: [Double]
    private var regressorCount: Int
    /// The fixed-effect dimensions projected out (empty: none) and the engine's options.
    private let dimensions: [Grouping]
    private let fixedEffectsOptions: FixedEffectsOptions
    /// The engine under the last solve's weights (shares them, no copy), until ``releaseWeights()``.
    private var absorber: FixedEffectsAbsorber? = nil
    /// The last solve's fit under its weights (holds them), until ``releaseWeights()``.
    private var solver: WeightedSolver? = nil
    /// (X'WX)^-1 of the kept regressors under the last solve's weights.
    private(set) var bread = Matrix(rows: 0, columns: 0)
    /// The coefficients of the kept regressors from the last solve.
    private(set) var coefficients: [Double] = []
    /// Fixed-effect coefficients of the last response (the next one's warm start).
    private var responseEffects: [Double]? = nil
    /// Fixed-effect coefficients of each kept raw regressor, accumulated over the solves.
    private var regressorEffects: [[Double]] = []
    /// Conjugate-gradient iterations of the demeaning, summed over solves and columns.
    private(set) var demeaningIterations = 0

    /// With ``restorable``, the regressors found collinear on the first solve, as given (their
    /// fixed effects added back), by design position: ``restoredRegressors()`` needs them.
    private var omittedRegressors: [(position: Int, values: [Double])]? = nil

    /// The problem of regressing on `design` with the fixed effects `dimensions` (none: plain
    /// weighted least squares). The regressors are copied into the working buffer. A `restorable`
    /// problem keeps what ``restoredRegressors()`` needs to give the regressors back.
    init(design: DesignMatrix, dimensions: [Grouping], options: FixedEffectsOptions,
         collinearityTolerance: Double = NormalEquationsFit.collinearityTolerance, restorable: Bool = false) {
        let n = design.matrix.rows
        var columns = [Double]()
        columns.reserveCapacity(n * (1 + design.matrix.columns))
        columns.append(contentsOf: repeatElement(0, count: n))
        columns.append(contentsOf: design.matrix.values)
        self.init(columns: columns, rowCount: n, regressorNames: design.columnNames, dimensions: dimensions, options: options,
                  collinearityTolerance: collinearityTolerance, restorable: restorable)
    }

    /// The problem on a buffer already laid out: a response slot, then the regressors as given.
    private init(columns: [Double], rowCount n: Int, regressorNames: [String], dimensions: [Grouping], options: FixedEffectsOptions,
                 collinearityTolerance: Double, restorable: Bool) {
        self.collinearityTolerance = collinearityTolerance
        self.dimensions = dimensions
        fixedEffectsOptions = options
        omittedRegressors = restorable ? [] : nil
        rowCount = n
        self.regressorNames = regressorNames
        regressorCount = regressorNames.count
        self.columns = columns
    }

    /// Names of the regressors kept.
    var keptNames: [String] { (keptColumns ?? Array(regressorNames.indices)).map { regressorNames[$0] } }

    /// Names of the regressors left out as collinear (with the fixed effects or each other).
    var omittedNames: [String] {
        let kept = Set(keptColumns ?? Array(regressorNames.indices))
        return regressorNames.indices.filter { !kept.contains($0) }.map { regressorNames[$0] }
    }

    /// The degrees of freedom the fixed effects absorb (nil without fixed effects).
    var absorbedDegreesOfFreedom: AbsorbedDegreesOfFreedom? { dimensions.isEmpty ? nil : AbsorbedDegreesOfFreedom(dimensions) }

    /// Solves for the response that `fill` writes (one value per row, into the buffer) under
    /// `weights` (positive, one per row). Weights `nil` keep the previous solve's weights and
    /// what was computed from them, so only the response is processed: the separation check
    /// changes the response, never the weights. `tolerance` is the demeaning tolerance of this
    /// solve (nil: the engine's own). Returns the coefficients of the kept regressors.
    @discardableResult
    mutating func solve(weights newWeights: [Double]?, tolerance: Double?,
                        response fill: (UnsafeMutableBufferPointer<Double>) -> Void) throws -> [Double] {
        let n = rowCount
        columns.withUnsafeMutableBufferPointer { fill(UnsafeMutableBufferPointer(rebasing: $0[0..<n])) }
        if let newWeights {
            solver = nil
            absorber = nil
            if !dimensions.isEmpty {
                absorber = try FixedEffectsAbsorber(dimensions: dimensions, weights: newWeights, options: fixedEffectsOptions)
                try demeanEveryColumn(tolerance: tolerance)
            }
            try factorise(newWeights)
        } else {
            guard let solver else { preconditionFailure("A solve without weights needs the previous solve's weights") }
            if !dimensions.isEmpty { try demeanResponse(tolerance: tolerance) }
            coefficients = try solver.coefficients(of: columns, rows: n)
        }
        return coefficients
    }

    /// Lets go of the last solve's weights (the coefficients, residuals, effects and bread stay),
    /// so that their owner can update them in place; the next solve must bring weights.
    mutating func releaseWeights() {
        solver = nil
        absorber = nil
    }

    /// The fixed effects of the fitted values, raw (levels of every dimension one after another;
    /// empty without fixed effects): the response's fixed effects less the regressors' times b.
    var effects: [Double] {
        var effects = responseEffects ?? []
        for (column, b) in zip(regressorEffects, coefficients) {
            for level in effects.indices { effects[level] -= b * column[level] }
        }
        return effects
    }

    /// Calls `body` with the residuals of the last solve (response less fitted values, fixed
    /// effects included), read from the buffer.
    func withResiduals<R>(_ body: (Residuals) throws -> R) rethrows -> R {
        try columns.withUnsafeBufferPointer { try body(Residuals(base: $0.baseAddress!, rowCount: rowCount, coefficients: coefficients)) }
    }

    /// What the covariance path reads (``CovarianceEstimate``): the kept regressors as the last
    /// solve left them (fixed effects projected out under its weights) and, in the response's
    /// place, `score(i)` per row, the factor that multiplies row i's regressors in the estimating
    /// equations. No copy: the step's buffer is handed over, and the step is spent.
    consuming func scoreRows(_ score: (Int) -> Double) -> ResidualRows {
        columns.withUnsafeMutableBufferPointer { c in
            for i in 0..<rowCount { c[i] = score(i) }
        }
        return ResidualRows(columns: columns, rowCount: rowCount, keptColumns: Array(0..<regressorCount),
                            coefficients: [Double](repeating: 0, count: regressorCount), weights: nil)
    }

    /// The regressors as given at creation, in design order, collinear ones included: the
    /// buffer's columns with the fixed effects the solves projected out added back (equal to the
    /// given values up to rounding). For the separation check, whose step holds the only copy of
    /// the regressors while it runs; needs a `restorable` problem, and spends it.
    consuming func restoredRegressors() -> Matrix {
        guard let omitted = omittedRegressors else { preconditionFailure("Only a restorable problem gives its regressors back") }
        let n = rowCount
        addBackEffects()
        columns.removeFirst(n)
        guard !omitted.isEmpty else { return Matrix(rows: n, columns: regressorCount, columnMajor: columns) }
        var all = [Double](repeating: 0, count: n * regressorNames.count)
        let kept = keptColumns ?? Array(regressorNames.indices)
        for (position, j) in kept.enumerated() { all.replaceSubrange((j * n)..<((j + 1) * n), with: columns[(position * n)..<((position + 1) * n)]) }
        columns = []
        for (j, values) in omitted { all.replaceSubrange((j * n)..<((j + 1) * n), with: values) }
        return Matrix(rows: n, columns: regressorNames.count, columnMajor: all)
    }

    /// Whether the buffer still holds every regressor (none was left out as collinear).
    var holdsEveryRegressor: Bool { regressorCount == regressorNames.count }

    /// This problem afresh, as if created from the regressors ``restoredRegressors()`` gives back,
    /// on the same buffer (no copy), with `collinearityTolerance`: IRLS's step once the separation
    /// check, whose step this was, dropped no row. Needs ``holdsEveryRegressor``; spends this one.
    consuming func restarted(collinearityTolerance: Double) -> WeightedLeastSquares {
        precondition(holdsEveryRegressor, "A restarted problem needs every regressor in the buffer")
        addBackEffects()
        return WeightedLeastSquares(columns: columns, rowCount: rowCount, regressorNames: regressorNames, dimensions: dimensions,
                                    options: fixedEffectsOptions, collinearityTolerance: collinearityTolerance, restorable: false)
    }

    /// Adds the fixed effects the solves projected out back to the kept regressors in the buffer.
    private mutating func addBackEffects() {
        let (n, dimensions, effects) = (rowCount, dimensions, regressorEffects)
        guard !effects.isEmpty else { return }
        columns.withUnsafeMutableBufferPointer { c in
            for (position, levels) in effects.enumerated() { Self.addEffects(levels, of: dimensions, to: c.baseAddress! + (1 + position) * n, rowCount: n) }
        }
        regressorEffects = []
    }

    /// Adds to each of the `rowCount` rows of `column` its fixed effects in `effects` (levels of
    /// every dimension one after another), the dimensions in the reverse of the order the engine
    /// subtracts them.
    private static func addEffects(_ effects: [Double], of dimensions: [Grouping], to column: UnsafeMutablePointer<Double>, rowCount: Int) {
        var offsets = [0]
        for dimension in dimensions { offsets.append(offsets.last! + dimension.count) }
        for (k, dimension) in dimensions.enumerated().reversed() {
            dimension.codes.withUnsafeBufferPointer { codes in
                effects.withUnsafeBufferPointer { a in
                    for i in 0..<rowCount { column[i] += a[offsets[k] + Int(codes[i])] }
                }
            }
        }
    }

    /// Demeans the response and the regressors together under the absorber's new weights.
    private mutating func demeanEveryColumn(tolerance: Double?) throws {
        let starts = responseEffects.map { [$0] + regressorEffects.map { [Double](repeating: 0, count: $0.count) } }
        let report = try absorber!.demean(&columns, columnCount: 1 + regressorCount, warmStart: starts,
                                          columnNames: ["the working response"] + keptNames, tolerance: tolerance)
        demeaningIterations += report.iterations.reduce(0, +)
        responseEffects = report.coefficients[0]
        let increments = Array(report.coefficients.dropFirst())
        regressorEffects = regressorEffects.isEmpty ? increments : zip(regressorEffects, increments).map { zip($0, $1).map { $0 + $1 } }
    }

    /// Demeans the response alone (the weights and the demeaned regressors stay). The engine
    /// demeans whole arrays, so the response goes through a copy: this is the separation check's
    /// rare second and later round, never an IRLS step.
    private mutating func demeanResponse(tolerance: Double?) throws {
        let n = rowCount
        var response = Array(columns[0..<n])
        let report = try absorber!.demean(&response, columnCount: 1, warmStart: responseEffects.map { [$0] },
                                          columnNames: ["the working response"], tolerance: tolerance)
        demeaningIterations += report.iterations[0]
        responseEffects = report.coefficients[0]
        columns.withUnsafeMutableBufferPointer { c in for i in 0..<n { c[i] = response[i] } }
    }

    /// Factorises the (demeaned) regressors under `weights` and solves for the response; on the
    /// first solve, drops the collinear regressors from the buffer.
    private mutating func factorise(_ weights: [Double]) throws {
        let solver = try WeightedSolver(columns: columns, rows: rowCount, weights: weights, names: keptNames,
                                        tolerance: collinearityTolerance)
        if keptColumns == nil {
            let kept = solver.keptColumns
            keptColumns = kept
            if kept.count < regressorCount { keepRegressors(kept) }
        } else if solver.keptColumns.count < regressorCount {
            throw GravityError.numerical("The weighted design lost rank during the iterations; some regressors are collinear\(dimensions.isEmpty ? "" : " with the fixed effects") at the current weights.")
        }
        coefficients = solver.coefficients
        bread = solver.bread
        self.solver = solver.onKeptColumns()
    }

    /// Keeps only the regressors at `kept` (ascending), moving their columns forward in place.
    private mutating func keepRegressors(_ kept: [Int]) {
        let n = rowCount
        if omittedRegressors != nil {
            for j in regressorNames.indices where !kept.contains(j) {
                var values = Array(columns[((1 + j) * n)..<((2 + j) * n)])
                if !regressorEffects.isEmpty {
                    values.withUnsafeMutableBufferPointer { Self.addEffects(regressorEffects[j], of: dimensions, to: $0.baseAddress!, rowCount: n) }
                }
                omittedRegressors!.append((j, values))
            }
        }
        columns.withUnsafeMutableBufferPointer { c in
            for (position, j) in kept.enumerated() where position != j {
                for i in 0..<n { c[(1 + position) * n + i] = c[(1 + j) * n + i] }
            }
        }
        columns.removeLast((regressorCount - kept.count) * n)
        if !regressorEffects.isEmpty { regressorEffects = kept.map { regressorEffects[$0] } }
        regressorCount = kept.count
    }
}
