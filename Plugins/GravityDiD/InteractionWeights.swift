import GravityCore
import GravityLinearAlgebra

/// Sun and Abraham's aggregation of cohort-specific effects: a linear map A of the regression's
/// coefficients, estimates A b and covariance A V A' (weights held fixed).
struct InteractionWeights {
    /// `ATT`, `event::e` for each event time, then the covariates.
    let terms: [String]
    /// A b.
    let estimates: [Double]
    /// A V A'.
    let covariance: Matrix
    private let cells: CohortEventCells
    private let regression: AbsorbedRegression
    private let position: [Int?]

    init(cells: CohortEventCells, regression: AbsorbedRegression, covariates: [String]) {
        let k = regression.terms.count
        let position = cells.names.map { regression.terms.firstIndex(of: $0) }
        var rows: [[Double]] = []
        var terms: [String] = []
        func weights(_ include: (CohortEventCells.Cell) -> Bool) -> [Double] {
            var row = [Double](repeating: 0, count: k)
            var total = 0.0
            for (c, cell) in cells.cells.enumerated() where include(cell) && position[c] != nil { total += Double(cell.observations) }
            for (c, cell) in cells.cells.enumerated() where include(cell) {
                if let j = position[c] { row[j] = Double(cell.observations) / total }
            }
            return row
        }
        if cells.cells.contains(where: { $0.eventTime >= 0 }) {
            terms.append("ATT")
            rows.append(weights { $0.eventTime >= 0 })
        }
        let kept = cells.cells.indices.filter { position[$0] != nil }
        for e in Array(Set(kept.map { cells.cells[$0].eventTime })).sorted() {
            terms.append("event::\(e)")
            rows.append(weights { $0.eventTime == e })
        }
        for name in covariates {
            guard let j = regression.terms.firstIndex(of: name) else { continue }
            var row = [Double](repeating: 0, count: k)
            row[j] = 1
            terms.append(name)
            rows.append(row)
        }
        let map = Matrix(rowMajor: rows)
        self.terms = terms
        self.estimates = map * regression.coefficients
        self.covariance = Sandwich.symmetrized(map * regression.covariance * map.transposed)
        self.cells = cells
        self.regression = regression
        self.position = position
    }

    /// `cohort_effects`: each cohort-event cell's coefficient, standard error and observations.
    func cohortEffectsJSON(_ sample: DiDRegressionSample) -> JSONValue {
        .array(cells.cells.indices.compactMap { c -> JSONValue? in
            guard let j = position[c] else { return nil }
            let cell = cells.cells[c]
            return .object([("cohort", .number(sample.periods[cell.cohort])), ("event_time", .number(Double(cell.eventTime))),
                            ("estimate", .number(regression.coefficients[j])), ("std_error", .number(regression.covariance[j, j].squareRoot())),
                            ("observations", .number(Double(cell.observations)))])
        })
    }
}
