import GravityCore
import GravityLinearAlgebra

/// The least-squares fit of the within-transformed response on the within-transformed
/// regressors: the fixed-effects slopes, and the within residuals that random effects and the
/// specification tests reuse.
///
/// A regressor that the effects absorb (constant within units for unit effects, within periods
/// for time effects) becomes zero after the transformation; it is named and dropped with a note
/// rather than left to rounding noise. Other collinear regressors are dropped by the QR fit.
struct WithinRegression {
    /// The transformation applied.
    let transformation: WithinTransformation
    /// The transformed response.
    let response: [Double]
    /// The fit on the transformed data (no intercept); its residuals are the within residuals.
    let fit: LeastSquaresFit
    /// Regressors dropped because the effects absorb them.
    let absorbedTerms: [String]
    /// Residual degrees of freedom: observations - absorbed effects - slopes.
    let dfResidual: Int

    /// Relative size below which a transformed regressor counts as absorbed by the effects.
    static let absorptionTolerance = 1e-9

    /// Fits the within regression of `sample` with the given effects.
    init(sample: PanelSample, effect: PanelEffect) throws {
        let transformation = try WithinTransformation(effect: effect, unit: sample.unit, time: sample.time)
        self.transformation = transformation
        let design = sample.design, columns = sample.slopeColumns, n = sample.observationCount
        var data = sample.response
        data.reserveCapacity(n * (1 + columns.count))
        for k in columns { design.matrix.withColumn(k) { data.append(contentsOf: $0) } }
        try transformation.demean(&data, columnCount: 1 + columns.count,
                                  names: [sample.frame.formula.responseName] + columns.map { design.columnNames[$0] })
        response = Array(data[0..<n])
        let absorbed = columns.indices.filter { k in
            let transformed = data[((k + 1) * n)..<((k + 2) * n)]
            return design.matrix.withColumn(columns[k]) { source in
                transformed.withUnsafeBufferPointer { norm($0) } <= Self.absorptionTolerance * norm(source)
            }
        }
        let kept = columns.indices.filter { !absorbed.contains($0) }
        absorbedTerms = absorbed.map { design.columnNames[columns[$0]] }
        guard !kept.isEmpty else {
            throw GravityError.invalidInput("Every regressor is absorbed by the \(effect.adjective) effects (\(absorbedTerms.joined(separator: ", "))); a within model has nothing left to estimate.")
        }
        let matrix = Matrix(rows: n, columns: kept.count, columnMajor: kept.flatMap { data[((($0 + 1) * n))..<(($0 + 2) * n)] })
        let names = kept.map { design.columnNames[columns[$0]] }
        fit = try LeastSquaresFit(response: response, design: DesignMatrix(matrix: matrix, columnNames: names, hasIntercept: false))
        dfResidual = sample.observationCount - transformation.absorbedCount - fit.rank
        guard dfResidual > 0 else {
            throw GravityError.invalidInput("The within model has \(sample.observationCount) observations for \(transformation.absorbedCount) absorbed effects and \(fit.rank) slopes; it needs more observations than that.")
        }
    }

    /// The within residual variance SSR / df.
    var residualVariance: Double { fit.residualSumOfSquares / Double(dfResidual) }

    /// One note per absorbed regressor, saying which effects absorbed it, in English and Chinese.
    var absorptionNotes: [BilingualText] {
        let by: (english: String, chinese: String)
        switch transformation.effect {
        case .individual: by = ("does not vary within units and is absorbed by the unit effects", "在单位内不变，被单位效应吸收")
        case .time: by = ("does not vary within periods and is absorbed by the time effects", "在时期内不变，被时间效应吸收")
        case .twoways: by = ("is absorbed by the unit and time effects", "被单位效应和时间效应吸收")
        }
        return absorbedTerms.map { BilingualText("`\($0)` \(by.english); it was dropped.", chinese: "`\($0)` \(by.chinese)，已被剔除。") }
    }
}
