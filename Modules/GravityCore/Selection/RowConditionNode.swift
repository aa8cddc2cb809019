/// The parsed form of a row condition such as `exporter != importer & year %in% c(1986, 1990)`.
///
/// Each node keeps the character offset where it starts, so that an error found while evaluating
/// it (text compared with a number, say) points at the right place.
indirect enum RowConditionNode: Sendable {
    /// An arithmetic operand: a column, a number, or an expression such as `log(trade) / 2`.
    case value(FormulaExpression, position: Int)
    /// A string in quotes.
    case text(String, position: Int)
    /// `lhs op rhs` with `op` one of `== != < <= > >=`.
    case compare(String, RowConditionNode, RowConditionNode, position: Int)
    /// `lhs %in% set`.
    case membership(RowConditionNode, RowConditionSet, position: Int)
    /// `is.na(inner)`.
    case isMissing(RowConditionNode, position: Int)
    /// `!inner`.
    case not(RowConditionNode, position: Int)
    /// `lhs & rhs`.
    case and(RowConditionNode, RowConditionNode)
    /// `lhs | rhs`.
    case or(RowConditionNode, RowConditionNode)

    /// Offset of the node's first character in the condition.
    var position: Int {
        switch self {
        case .value(_, let p), .text(_, let p), .compare(_, _, _, let p), .membership(_, _, let p),
             .isMissing(_, let p), .not(_, let p): return p
        case .and(let lhs, _), .or(let lhs, _): return lhs.position
        }
    }
}

/// The constants on the right of `%in%`: numbers, whole-number ranges `a:b`, and strings.
struct RowConditionSet: Sendable, Equatable {
    /// Numbers listed one by one.
    var numbers: [Double] = []
    /// Ranges written `from:to` (whole numbers, either direction), inclusive.
    var ranges: [ClosedRange<Double>] = []
    /// Strings in quotes.
    var texts: [String] = []

    /// Largest range spelled out when the values are compared as text.
    static let largestTextRange = 100_000
}
