import Foundation
import GravityCore
import GravityIO

/// The three classes of trade potential and the thresholds that separate them.
///
/// Boundary rule: K <= lower is the first class (huge potential), lower < K < upper the second
/// (expandable potential), K >= upper the third (reshaping needed: growth needs new drivers).
/// So K = 0.8 exactly is "huge potential" and K = 1.2 exactly is "reshaping needed".
public struct PotentialClassification: Sendable, Equatable {
    /// The upper bound (inclusive) of the first class.
    public var lower: Double
    /// The lower bound (inclusive) of the third class.
    public var upper: Double
    /// The three labels, in class order.
    public var labels: [String]

    /// English labels.
    public static let englishLabels = ["huge potential", "expandable potential", "reshaping needed"]
    /// Chinese labels, as used in the literature.
    public static let chineseLabels = ["潜力巨大型", "潜力拓展型", "潜力再造型"]

    /// A classification; `lower` must be below `upper` and there must be three labels.
    public init(lower: Double = 0.8, upper: Double = 1.2, labels: [String] = englishLabels) throws {
        guard lower.isFinite, upper.isFinite, lower < upper else {
            throw GravityError.invalidOption("Thresholds must be two increasing numbers, such as 0.8,1.2; got \(lower), \(upper).")
        }
        guard labels.count == 3 else {
            throw GravityError.invalidOption("Give three class labels (for K <= \(lower), between, and K >= \(upper)); got \(labels.count).")
        }
        self.lower = lower
        self.upper = upper
        self.labels = labels
    }

    /// Parses `--thresholds 0.8,1.2` and `--labels en|zh|"a,b,c"`.
    public init(thresholds: String?, labels: String?) throws {
        var lower = 0.8, upper = 1.2
        if let thresholds {
            let parts = thresholds.split(separator: ",").map { Double($0.trimmingCharacters(in: .whitespaces)) }
            guard parts.count == 2, let a = parts[0], let b = parts[1] else {
                throw GravityError.invalidOption("--thresholds takes two numbers separated by a comma, such as 0.8,1.2; got `\(thresholds)`.")
            }
            (lower, upper) = (a, b)
        }
        let names: [String]
        switch labels?.lowercased() {
        case nil, "en", "english": names = Self.englishLabels
        case "zh", "chinese", "cn": names = Self.chineseLabels
        default: names = labels!.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        }
        try self.init(lower: lower, upper: upper, labels: names)
    }

    /// The class index (0, 1, 2) of a ratio.
    public func classIndex(of k: Double) -> Int {
        if k <= lower { return 0 }
        if k < upper { return 1 }
        return 2
    }

    /// The label of a ratio's class.
    public func label(of k: Double) -> String { labels[classIndex(of: k)] }

    /// The labels a report in `language` prints: the English default labels become the Chinese
    /// ones in a Chinese report; labels given by the user are printed as given.
    public func labels(in language: RegressionTableOptions.Language) -> [String] {
        language == .zh && labels == Self.englishLabels ? Self.chineseLabels : labels
    }

    /// The boundary rule in words, in `language`.
    public func rule(in language: RegressionTableOptions.Language) -> String {
        let names = labels(in: language)
        let (a, b) = (NumberFormatting.significant(lower), NumberFormatting.significant(upper))
        if language == .zh { return "分类规则：K <= \(a) 为\(names[0])；\(a) < K < \(b) 为\(names[1])；K >= \(b) 为\(names[2])。" }
        return "K <= \(a): \(names[0]); \(a) < K < \(b): \(names[1]); K >= \(b): \(names[2])"
    }
}
