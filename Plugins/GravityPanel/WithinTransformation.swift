import GravityCore

/// The within transformation of a panel: unit means removed, period means removed, or both.
///
/// One-way effects are removed by demeaning within groups. Two-way effects are removed exactly,
/// on balanced and unbalanced panels alike: the rows are demeaned by the factor with more levels
/// and the dummies of the other are projected out (``DummyProjection``); the absorbed degrees
/// of freedom are the levels of the first factor plus the rank of the projected dummies
/// (`n + T - 1` on a connected panel).
struct WithinTransformation: Sendable {
    /// The effects removed.
    let effect: PanelEffect
    /// The units of the rows.
    let unit: GroupIndex
    /// The periods of the rows.
    let time: GroupIndex
    /// The exact second-factor projection of a two-way transformation.
    private let projection: DummyProjection?
    /// Whether a two-way transformation demeans by unit first (units outnumber periods).
    private let unitIsPrimary: Bool

    /// Prepares the transformation of the rows labelled by `unit` and `time`.
    init(effect: PanelEffect, unit: GroupIndex, time: GroupIndex) throws {
        self.effect = effect
        self.unit = unit
        self.time = time
        unitIsPrimary = unit.groupCount >= time.groupCount
        if effect == .twoways {
            projection = try DummyProjection(primary: unitIsPrimary ? unit : time, secondary: unitIsPrimary ? time : unit)
        } else {
            projection = nil
        }
    }

    /// Number of effects absorbed (degrees of freedom lost).
    var absorbedCount: Int {
        switch effect {
        case .individual: return unit.groupCount
        case .time: return time.groupCount
        case .twoways: return projection!.primary.groupCount + projection!.rank
        }
    }

    /// `values` with the effects removed, written into `target`.
    func apply(_ values: UnsafeBufferPointer<Double>, into target: UnsafeMutableBufferPointer<Double>) {
        switch effect {
        case .individual: unit.subtract(unit.means(values), from: values, into: target)
        case .time: time.subtract(time.means(values), from: values, into: target)
        case .twoways:
            let transformed = apply(Array(values))
            for i in 0..<transformed.count { target[i] = transformed[i] }
        }
    }

    /// `values` with the effects removed.
    func apply(_ values: [Double]) -> [Double] {
        switch effect {
        case .individual: return unit.demeaned(values)
        case .time: return time.demeaned(values)
        case .twoways:
            let projection = projection!
            return projection.residual(ofDemeaned: projection.primary.demeaned(values))
        }
    }

    /// The unit and period effects that best fit `levels` (typically `y - X b`): one-way effects
    /// are group means; two-way effects are unit levels with the first period's effect at zero.
    func effects(fitting levels: [Double]) -> (unit: [Double]?, time: [Double]?) {
        switch effect {
        case .individual: return (unit.means(levels), nil)
        case .time: return (nil, time.means(levels))
        case .twoways:
            let projection = projection!
            let secondaryEffects = projection.coefficients(ofDemeaned: projection.primary.demeaned(levels))
            let shifted = zip(levels, projection.secondary.expand(secondaryEffects)).map { $0 - $1 }
            let primaryEffects = projection.primary.means(shifted)
            if unitIsPrimary { return (primaryEffects, secondaryEffects) }
            let firstPeriod = primaryEffects[0]
            return (secondaryEffects.map { $0 + firstPeriod }, primaryEffects.map { $0 - firstPeriod })
        }
    }
}
