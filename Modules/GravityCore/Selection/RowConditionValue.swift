/// An intermediate value while a row condition is evaluated: per-row numbers, text or truth
/// values, or a constant that stands for every row.
enum RowConditionValue {
    /// One number per row; `nan` is missing.
    case numbers([Double])
    /// A numeric constant.
    case number(Double)
    /// One text per row, as codes into `levels` (`-1` missing).
    case texts(codes: [Int32], levels: [String])
    /// A string constant.
    case text(String)
    /// One truth value per row, in R's three-valued logic.
    case logical([Truth])

    /// A truth value of R's logic: true, false, or missing (`NA`).
    enum Truth: Int8, Sendable {
        case no = 0, yes = 1, missing = -1

        /// `!x`: missing stays missing.
        var negated: Truth { self == .missing ? .missing : (self == .yes ? .no : .yes) }

        /// `x & y`: false wins over missing.
        static func and(_ x: Truth, _ y: Truth) -> Truth {
            if x == .no || y == .no { return .no }
            return x == .yes && y == .yes ? .yes : .missing
        }

        /// `x | y`: true wins over missing.
        static func or(_ x: Truth, _ y: Truth) -> Truth {
            if x == .yes || y == .yes { return .yes }
            return x == .no && y == .no ? .no : .missing
        }
    }

    /// Whether the value holds numbers (per row or constant).
    var isNumeric: Bool {
        switch self {
        case .numbers, .number: return true
        default: return false
        }
    }

    /// The value as text per row (codes and levels), for text values only.
    var asTextColumn: (codes: [Int32]?, levels: [String])? {
        switch self {
        case .texts(let codes, let levels): return (codes, levels)
        case .text(let value): return (nil, [value])
        default: return nil
        }
    }

    /// The per-row numbers and the constant (used when there are no per-row numbers).
    var numericParts: (perRow: [Double]?, constant: Double) {
        switch self {
        case .numbers(let values): return (values, .nan)
        case .number(let value): return (nil, value)
        default: return (nil, .nan)
        }
    }

    /// What the value is, for messages.
    var kindDescription: String {
        switch self {
        case .numbers, .number: return "a number"
        case .texts, .text: return "text"
        case .logical: return "a condition (TRUE/FALSE)"
        }
    }
}
