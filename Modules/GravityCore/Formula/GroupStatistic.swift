/// R's `ave(x, g1, g2, FUN = sum)` in a formula: a statistic of `x` over the rows of each group
/// (every observed combination of the grouping columns), repeated on every row of the group.
///
/// It builds the book's gravity variables in the command itself: output `ave(trade, exporter,
/// year, FUN = sum)`, expenditure `ave(trade, importer, year, FUN = sum)`, remoteness. As R's
/// `ave`, a group with a missing value of `x` gets a missing statistic (Stata's `egen total()`
/// would count the missing value as zero), and so does a row whose group is missing.
public struct GroupStatistic: Sendable, Equatable {
    /// The statistics `FUN` may name.
    public enum Function: String, Sendable, Equatable, CaseIterable {
        case sum, mean, min, max, length
    }

    /// The statistic (R's `ave` default is `mean`).
    public var function: Function
    /// The expression summarised.
    public var value: FormulaExpression
    /// The grouping columns, at least one.
    public var groups: [String]
    /// The call as written, which names it in messages.
    public var text: String

    /// A statistic from its parts.
    public init(function: Function, value: FormulaExpression, groups: [String], text: String) {
        self.function = function
        self.value = value
        self.groups = groups
        self.text = text
    }

    /// The statistic per row, given `x` per row and the group code per row (`-1` missing) of
    /// `groupCount` groups. One pass to accumulate, one to spread: linear in the rows.
    static func compute(_ function: Function, of x: [Double], codes: [Int32], groupCount: Int) -> [Double] {
        var accumulated = [Double](repeating: function.start, count: groupCount)
        var counts = [Int](repeating: 0, count: groupCount)
        for i in x.indices where codes[i] >= 0 {
            let g = Int(codes[i])
            counts[g] += 1
            let v = x[i]
            if v.isNaN { accumulated[g] = .nan; continue }
            switch function {
            case .sum, .mean: accumulated[g] += v
            case .min: accumulated[g] = accumulated[g].isNaN ? .nan : Swift.min(accumulated[g], v)
            case .max: accumulated[g] = accumulated[g].isNaN ? .nan : Swift.max(accumulated[g], v)
            case .length: break
            }
        }
        for g in 0..<groupCount {
            switch function {
            case .mean: accumulated[g] /= Double(counts[g])
            case .length: accumulated[g] = Double(counts[g])
            default: break
            }
        }
        return codes.map { $0 < 0 ? .nan : accumulated[Int($0)] }
    }
}

extension GroupStatistic.Function {
    /// The value a group starts from before its first row.
    fileprivate var start: Double {
        switch self {
        case .sum, .mean, .length: return 0
        case .min: return .infinity
        case .max: return -.infinity
        }
    }
}
