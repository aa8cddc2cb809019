import GravityCore

/// The spread of one part of a panel variable: standard deviation, minimum and maximum.
public struct PanelSpread: Sendable, Equatable {
    /// Sample standard deviation.
    public let standardDeviation: Double
    /// Minimum.
    public let minimum: Double
    /// Maximum.
    public let maximum: Double

    /// The spread of the finite `values` (n - 1 denominator).
    init(_ values: [Double]) {
        let summary = VariableSummary(name: "", values: values)
        standardDeviation = summary.standardDeviation
        minimum = summary.minimum
        maximum = summary.maximum
    }
}

/// A panel variable summarised as Stata's `xtsum`: overall, between units and within units.
///
/// - overall: all non-missing observations (N), n - 1 standard deviation;
/// - between: the unit means `x̄_i` of the n units with an observation, with n - 1 denominator;
/// - within: the deviations from the unit means plus the grand mean, `x_it - x̄_i + x̄`, over
///   all N observations with N - 1 denominator; `T-bar = N / n`.
public struct PanelVariableSummary: Sendable, Equatable {
    /// The variable or expression as written.
    public let name: String
    /// Observations, mean, standard deviation, minimum and maximum over all rows.
    public let overall: VariableSummary
    /// The spread of the unit means.
    public let between: PanelSpread
    /// The spread within units, re-centred on the grand mean.
    public let within: PanelSpread
    /// Number of units with at least one observation (Stata's n).
    public let unitCount: Int
    /// The same summary for each unit (named by the unit's label), units in sorted order.
    public let units: [VariableSummary]

    /// Average number of observations per unit (Stata's T-bar).
    public var averagePeriods: Double { Double(overall.count) / Double(unitCount) }
}
