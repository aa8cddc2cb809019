/// What ``DTAReader`` does with Stata value labels (names attached to the numbers of a variable).
public enum ValueLabelMode: Sendable {
    /// Keep the numbers and drop the labels.
    case ignore
    /// Turn each labelled variable into text: a value with a label becomes its label, a value
    /// without one becomes its printed number (`3`, `2.5`), and a missing value stays missing.
    case asText
}

/// How ``DTAReader`` reads a Stata dataset.
public struct DTAReadOptions: Sendable {
    /// What to do with value labels; ``ValueLabelMode/ignore`` by default.
    public var valueLabels: ValueLabelMode

    /// Options with the given value-label handling.
    public init(valueLabels: ValueLabelMode = .ignore) {
        self.valueLabels = valueLabels
    }
}
