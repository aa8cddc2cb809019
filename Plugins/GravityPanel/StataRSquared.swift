import GravityCore

/// The three R-squared measures Stata's `xtreg` reports, for slopes `b` applied to the
/// untransformed data (`xb` excludes the constant, which no correlation depends on):
/// - within: corr((x_it - x_i) b, y_it - y_i)^2 over the observations;
/// - between: corr(x_i b, y_i)^2 over the units, one unit mean each;
/// - overall: corr(x_it b, y_it)^2 over the observations.
struct StataRSquared {
    /// The within measure.
    let within: Double
    /// The between measure.
    let between: Double
    /// The overall measure.
    let overall: Double

    /// The measures for the linear prediction `xb` (without constant) of `sample`'s response;
    /// `within`, when given, is used as the within measure instead (a model's own within R-squared).
    init(sample: PanelSample, xb: [Double], within: Double? = nil) {
        let y = sample.response, unit = sample.unit
        self.within = within ?? squaredCorrelation(unit.demeaned(xb), unit.demeaned(y))
        let counts = unit.rowCounts()
        let present = counts.indices.filter { counts[$0] > 0 }
        let meanXB = unit.means(xb), meanY = unit.means(y)
        between = squaredCorrelation(present.map { meanXB[$0] }, present.map { meanY[$0] })
        overall = squaredCorrelation(xb, y)
    }

    /// The measures as statistics under their JSON keys.
    var statistics: [FitStatistic] {
        [FitStatistic("r_squared_within", within), FitStatistic("r_squared_between", between),
         FitStatistic("r_squared_overall", overall)]
    }
}
