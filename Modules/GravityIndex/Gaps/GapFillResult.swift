import GravityCore

/// How a gap was filled.
public enum FillMethod: String, Sendable, Equatable {
    /// On the line between the nearest observed periods before and after.
    case interpolated
    /// On the line through the two nearest observed periods, beyond the first or last observation.
    case extrapolated
}

/// One cell that was filled.
public struct FilledCell: Sendable, Equatable {
    /// The row in the dataset (0-based).
    public let row: Int
    /// The unit's label.
    public let unit: String
    /// The period's label.
    public let period: String
    /// The variable.
    public let variable: String
    /// The value filled in.
    public let value: Double
    /// Interpolated or extrapolated.
    public let method: FillMethod
}

/// Why some cells of one unit and variable stayed missing.
public enum GapReason: String, Sendable, Equatable {
    /// The unit has no observed value of the variable at all.
    case noObservation = "no observed value in this unit"
    /// Extrapolation needs two observed values and the unit has one.
    case singleObservation = "only one observed value in this unit; extrapolation needs two"
    /// Before the unit's first observed value, and extrapolation was not asked for.
    case beforeFirstObservation = "before the first observed value (use --extrapolate)"
    /// After the unit's last observed value, and extrapolation was not asked for.
    case afterLastObservation = "after the last observed value (use --extrapolate)"

    /// The reason in `language`.
    public func text(in language: ReportLanguage) -> String {
        guard language == .zh else { return rawValue }
        switch self {
        case .noObservation: return "该单位没有该变量的观测值"
        case .singleObservation: return "该单位只有一个观测值，外推需要两个"
        case .beforeFirstObservation: return "位于第一个观测值之前（加 --extrapolate 可外推）"
        case .afterLastObservation: return "位于最后一个观测值之后（加 --extrapolate 可外推）"
        }
    }
}

/// Cells of one unit and variable that stayed missing, and why.
public struct UnfilledGap: Sendable, Equatable {
    /// The unit's label.
    public let unit: String
    /// The variable.
    public let variable: String
    /// The periods left missing, in time order.
    public let periods: [String]
    /// Why they could not be filled.
    public let reason: GapReason

    /// A sentence for reports.
    public var note: String { note(in: .en) }

    /// The sentence in `language`.
    public func note(in language: ReportLanguage) -> String {
        if language == .zh { return "\(unit)，\(variable)：\(periods.joined(separator: "、")) 仍缺失，\(reason.text(in: .zh))。" }
        return "\(unit), \(variable): \(periods.joined(separator: ", ")) left missing, \(reason.rawValue)."
    }
}

/// The dataset with gaps filled, and an account of every cell filled or left missing.
public struct GapFillResult: Sendable {
    /// The dataset with the filled values in place; all other cells unchanged.
    public let dataset: Dataset
    /// Every filled cell, by variable, then unit, then time.
    public let filled: [FilledCell]
    /// The gaps that stayed missing.
    public let unfilled: [UnfilledGap]
    /// Rows skipped and other remarks, in English and Chinese.
    public let bilingualNotes: [BilingualText]
    /// The remarks in English.
    public var notes: [String] { bilingualNotes.map(\.english) }
}
