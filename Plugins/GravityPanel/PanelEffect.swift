/// Which effects a within (fixed-effects) model removes.
public enum PanelEffect: String, Sendable, CaseIterable {
    /// Unit effects: each unit's mean is removed.
    case individual
    /// Period effects: each period's mean is removed.
    case time
    /// Unit and period effects together (exact on unbalanced panels).
    case twoways

    /// The words used in test names and notes: `individual`, `time`, `two-way`.
    var adjective: String {
        switch self {
        case .individual: return "individual"
        case .time: return "time"
        case .twoways: return "two-way"
        }
    }
}
