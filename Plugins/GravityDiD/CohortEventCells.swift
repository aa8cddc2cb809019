import GravityCore

/// The cohort-by-event-time indicators of Sun and Abraham: one per treated cohort (except a
/// control cohort) and event time present, event time -1 left out as the reference.
struct CohortEventCells {
    /// One cell: cohort and event time (period indices and periods), and its observations.
    struct Cell {
        let cohort: Int
        let eventTime: Int
        let observations: Int
    }

    /// The cells, cohort by cohort, event times ascending.
    let cells: [Cell]
    /// Their column names, `cohort::<g>:rel::<e>`.
    let names: [String]
    /// The indicators, column-major (rows of the sample).
    let indicators: [Double]

    init(_ sample: DiDRegressionSample, control: Int?) {
        let n = sample.count
        var counts: [Int: [Int: Int]] = [:]
        for i in 0..<n {
            guard let g = sample.cohort[i], g != control else { continue }
            let e = sample.period[i] - g
            if e != -1 { counts[g, default: [:]][e, default: 0] += 1 }
        }
        var cells: [Cell] = []
        for g in counts.keys.sorted() {
            for e in counts[g]!.keys.sorted() { cells.append(Cell(cohort: g, eventTime: e, observations: counts[g]![e]!)) }
        }
        var position: [Int: Int] = [:]
        for (k, cell) in cells.enumerated() { position[cell.cohort * 100_000 + cell.eventTime + 50_000] = k }
        var indicators = [Double](repeating: 0, count: n * cells.count)
        for i in 0..<n {
            guard let g = sample.cohort[i], let k = position[g * 100_000 + sample.period[i] - g + 50_000] else { continue }
            indicators[k * n + i] = 1
        }
        self.cells = cells
        self.names = cells.map { "cohort::\(sample.label($0.cohort)):rel::\($0.eventTime)" }
        self.indicators = indicators
    }
}
