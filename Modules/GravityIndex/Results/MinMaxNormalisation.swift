import GravityLinearAlgebra

/// Indicators normalised to [0, 1] column by column, `(x - min) / (max - min)`, kept as the raw
/// values with each column's minimum and scale so that no normalised copy is stored.
struct MinMaxNormalisation: Sendable {
    /// The (oriented) indicator values.
    let values: Matrix
    /// Each column's minimum.
    let minimum: [Double]
    /// Each column's `1 / (max - min)`.
    let scale: [Double]

    /// The normalisation of `data`'s values; the data have no constant column.
    init(_ data: IndicatorData) {
        values = data.values
        let (low, high) = ColumnKernels.ranges(data.values)
        minimum = low
        scale = zip(low, high).map { 1 / ($1 - $0) }
    }

    /// The weighted sum `sum_j w_j y_ij` of the normalised indicators, one value per row.
    func weightedSum(_ weights: [Double]) -> [Double] {
        ColumnKernels.project(values, center: minimum, scale: scale,
                              coefficients: Matrix(rows: weights.count, columns: 1, columnMajor: weights)).values
    }
}
