import GravityCore
import GravityFixedEffects
import GravityLinearAlgebra

/// The numbers of a least-squares fit with absorbed fixed effects, computed in one buffer that is
/// released when this value is built: only the residuals are kept per row.
struct AbsorbedEstimate {
    /// The kept terms, their coefficients and the notes on collinear ones (the
    /// ``NormalEquationsFit`` itself, which references the buffer, is not kept).
    let fit: (terms: [String], coefficients: [Double], omissions: [BilingualText])
    let covariance: CovarianceEstimate
    let statistics: AbsorbedFitStatistics
    /// Residuals `y - X b - fixed effects`, per frame row.
    let residuals: [Double]
    /// The fixed effects per level of `y - X b`.
    let effects: FixedEffectValues
    /// Regressors (indices into the design's columns) absorbed by the fixed effects.
    let absorbedColumns: [Int]
    let absorbedDegreesOfFreedom: AbsorbedDegreesOfFreedom

    /// Takes the frame's design storage as the buffer (the frame keeps an empty design), adds
    /// the response to it, demeans it, and fits.
    init(frame: inout ModelFrame, weights: [Double]?, request: FitRequest, options: EstimatorOptions) throws {
        let n = frame.observationCount, names = frame.design.columnNames, p = names.count
        var columns = AbsorbedColumns(responseAfter: Self.takeDesign(of: &frame), response: frame.response, rowCount: n)
        let engineOptions = FixedEffectsOptions(tolerance: options.double("fixef_tol"), maxIterations: options.int("fixef_maxiter"))
        let absorber = try FixedEffectsAbsorber(dimensions: frame.fixedEffects, weights: weights, options: engineOptions)
        let norms = columns.columnNorms()
        let report = try columns.demean(by: absorber, names: [frame.formula.responseName] + names)
        let demeanedNorms = columns.columnNorms()
        // A regressor whose demeaned norm is below 1e-8 of its norm is absorbed by the fixed effects.
        let absorbedColumns = names.indices.filter { demeanedNorms[$0 + 1] <= 1e-8 * norms[$0 + 1] }
        self.absorbedColumns = absorbedColumns
        guard absorbedColumns.count < p else {
            throw GravityError.invalidInput("Every regressor (\(names.joined(separator: ", "))) is collinear with the fixed effects; nothing is left to estimate.")
        }
        let fit = try columns.normalEquationsFit(regressorNames: names, candidates: names.indices.filter { !absorbedColumns.contains($0) },
                                                 weights: weights, responseName: "`\(request.formula.responseName)`")
        // Effects per level of y - X b, by linearity from the demeaning coefficients.
        var factors = [Double](repeating: 0, count: 1 + p)
        factors[0] = 1
        for (position, column) in fit.keptColumns.enumerated() { factors[1 + column] = -fit.coefficients[position] }
        effects = absorber.effects(combining: report, factors: factors)
        let absorbed = absorber.absorbedDegreesOfFreedom
        absorbedDegreesOfFreedom = absorbed
        let clusters = request.covariance.requiredColumns.map { frame.groups[$0]! }
        let nested = NestedDimensions.flags(frame.fixedEffects, inClusterColumns: clusters)
        covariance = try CovarianceEstimate(
            request.covariance, convention: SmallSampleConvention(option: options.string("ssc"), hasFixedEffects: true), family: .leastSquares,
            rows: fit.rows, bread: fit.bread, absorbed: AbsorbedParameters(total: absorbed.total, fixest: absorbed.fixestCount(nested: nested)),
            clusters: clusters)
        statistics = AbsorbedFitStatistics(response: frame.response, demeanedResponse: columns.values[0..<n],
                                           residualSumOfSquares: fit.residualSumOfSquares, weights: weights, rank: fit.rank, absorbed: absorbed)
        residuals = fit.rows.residuals()
        self.fit = (fit.terms, fit.coefficients, fit.omissions)
    }

    /// The frame's design storage, uniquely referenced (the frame is left with an empty design).
    private static func takeDesign(of frame: inout ModelFrame) -> [Double] {
        let values = frame.design.matrix.values
        frame.design.matrix = Matrix(rows: 0, columns: 0)
        return values
    }
}
