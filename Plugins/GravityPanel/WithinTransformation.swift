import GravityCore
import GravityFixedEffects

/// The within transformation of a panel: unit means removed, period means removed, or both,
/// by the fixed-effects engine (`GravityFixedEffects`).
///
/// One-way effects are group means, exactly. Two-way effects are absorbed together, on
/// balanced and unbalanced panels alike, by the engine's conjugate-gradient solve run to
/// ``tolerance`` (far below the engine's default, so that results agree with a direct solve to
/// about 1e-12); the absorbed degrees of freedom are exact: units plus periods less the
/// connected components of the two (`n + T - 1` on a connected panel). Neither dimension has a
/// limit on its number of levels.
struct WithinTransformation: Sendable {
    /// The effects removed.
    let effect: PanelEffect
    private let absorber: FixedEffectsAbsorber

    /// Convergence tolerance of the two-way solve (relative size of the residual's projection
    /// on the effects).
    static let tolerance = 1e-14

    /// Prepares the transformation of the rows labelled by `unit` and `time`; singletons are kept
    /// (their effect fits them exactly, as in plm and Stata's `xtreg, fe`).
    init(effect: PanelEffect, unit: Grouping, time: Grouping) throws {
        self.effect = effect
        let dimensions: [Grouping]
        switch effect {
        case .individual: dimensions = [unit]
        case .time: dimensions = [time]
        case .twoways: dimensions = [unit, time]
        }
        absorber = try FixedEffectsAbsorber(dimensions: dimensions,
                                            options: FixedEffectsOptions(tolerance: Self.tolerance, dropSingletons: false))
    }

    /// Number of effects absorbed (degrees of freedom lost).
    var absorbedCount: Int { absorber.absorbedDegreesOfFreedom.total }

    /// Removes the effects from `columnCount` columns stored column-major in `columns`, in place.
    /// - Throws: when the two-way solve does not converge, naming the column from `names`.
    func demean(_ columns: inout [Double], columnCount: Int, names: [String]) throws {
        _ = try absorber.demean(&columns, columnCount: columnCount, columnNames: names)
    }

    /// The unit and period effects that best fit `levels` (typically `y - X b`): one-way effects
    /// are group means; two-way effects are unit levels with the first period's effect at zero
    /// (in every connected component of units and periods).
    func effects(fitting levels: [Double]) throws -> (unit: [Double]?, time: [Double]?) {
        let values = try absorber.effects(fitting: levels).values
        switch effect {
        case .individual: return (values[0], nil)
        case .time: return (nil, values[0])
        case .twoways: return (values[0], values[1])
        }
    }
}
