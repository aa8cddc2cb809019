import Foundation
import GravityCore

/// The fitted values of any result on both scales a gravity analysis needs, aligned to the
/// input rows (`nil` where a row was not used): logs, for the log-linear model, and levels, for
/// trade potential (actual over predicted trade).
///
/// A response written `log(y)` is fitted in logs and its levels are `exp(fitted)`; for `log1p(y)`
/// the levels are `exp(fitted) - 1`, for `log10(y)` they are `10^fitted`, and any other response
/// is fitted in levels. Logs are the natural logarithms of the levels (nil where a level is not
/// positive). Levels are the plain back-transformation, without a retransformation (smearing)
/// correction.
public struct PredictedValues: Sendable {
    /// Fitted values in logs.
    public let logs: [Double?]
    /// Fitted values in levels.
    public let levels: [Double?]

    /// The predictions of `result` (for `fe`, including the unit and time effects).
    public init(_ result: EstimationResult) {
        let name = result.responseName.replacingOccurrences(of: " ", with: "")
        func wraps(_ function: String) -> Bool { name.hasPrefix(function + "(") && name.hasSuffix(")") }
        let fitted = result.fitted
        if wraps("log") {
            logs = Array(fitted)
            levels = fitted.map { $0.map { Foundation.exp($0) } }
            return
        }
        let toLevel: (Double) -> Double
        if wraps("log1p") {
            toLevel = { Foundation.expm1($0) }
        } else if wraps("log10") {
            toLevel = { Foundation.pow(10, $0) }
        } else {
            toLevel = { $0 }
        }
        levels = fitted.map { $0.map(toLevel) }
        logs = levels.map { value in value.flatMap { $0 > 0 ? Foundation.log($0) : nil } }
    }
}
