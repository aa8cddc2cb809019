import Foundation

/// The value of a formula expression over all rows of a dataset.
enum EvaluatedValue {
    /// Numbers, `nan` where missing or undefined.
    case numeric([Double])
    /// Group codes (`-1` missing) with level labels, from `factor()` or a text column.
    case categorical(codes: [Int32], levels: [String])
    /// `i()`: group codes (`-1` missing) with level labels, which levels are references (no
    /// column), and the values the indicators multiply (`nan` where missing).
    case indicators(codes: [Int32], levels: [String], isReference: [Bool], interaction: [Double]?)
}

/// Evaluates formula expressions column-wise and records where a function was undefined
/// (log of a non-positive number, square root of a negative one).
struct ExpressionEvaluator {
    /// The data; the model frame builder frees each column here after its last use.
    var dataset: Dataset
    /// For each term (as written) and function, the number of rows where the function was undefined and why.
    private(set) var undefinedCounts: [(expression: String, function: String, count: Int, reason: BilingualText)] = []

    init(dataset: Dataset) {
        self.dataset = dataset
    }

    /// Evaluates `expression`; `label` is the text used in notes about undefined values.
    mutating func evaluate(_ expression: FormulaExpression, label: String) throws -> EvaluatedValue {
        switch expression {
        case .variable(let name):
            let column = try dataset.column(name)
            if case .numeric(let values) = column { return .numeric(values) }
            return Self.factor(column)
        case .call("factor", let arguments):
            guard case .variable(let name) = arguments[0] else {
                throw GravityError.invalidInput("factor() takes a column name")
            }
            return Self.factor(try dataset.column(name))
        case .indicators(let specification):
            return try indicators(specification, label: label)
        case .call(FormulaExpression.combinationFunction, let arguments):
            let parts = try arguments.map { argument -> (codes: [Int32], levels: [String]) in
                let groups: EvaluatedValue
                if case .variable(let name) = argument { groups = Self.factor(try dataset.column(name)) } else { groups = try evaluate(argument, label: label) }
                guard case .categorical(let codes, let levels) = groups else { fatalError("the parser admits only columns and factor() in a combination") }
                return (codes, levels)
            }
            return CategoricalCombination.combine(parts)
        default:
            return .numeric(try numeric(expression, label: label))
        }
    }

    /// Evaluates an expression that must be numeric.
    mutating func numeric(_ expression: FormulaExpression, label: String) throws -> [Double] {
        switch expression {
        case .variable(let name):
            return try dataset.numeric(name)
        case .number(let value):
            return [Double](repeating: value, count: dataset.rowCount)
        case .negate(let inner):
            return try numeric(inner, label: label).map { -$0 }
        case .binary(let op, let lhs, let rhs):
            let a = try numeric(lhs, label: label)
            let b = try numeric(rhs, label: label)
            switch op {
            case .add: return zip(a, b).map { $0 + $1 }
            case .subtract: return zip(a, b).map { $0 - $1 }
            case .multiply: return zip(a, b).map { $0 * $1 }
            case .divide: return zip(a, b).map { $1 == 0 ? .nan : $0 / $1 }
            case .power: return zip(a, b).map { Foundation.pow($0, $1) }
            }
        case .indicators:
            throw GravityError.invalidInput("i() cannot be used inside arithmetic in `\(label)`")
        case .condition(let condition):
            return try condition.indicator(in: dataset)
        case .groupStatistic(let statistic):
            return try groupStatistic(statistic, label: label)
        case .call("ifelse", let arguments):
            let test = try numeric(arguments[0], label: label)
            let yes = try numeric(arguments[1], label: label), no = try numeric(arguments[2], label: label)
            return test.indices.map { i in test[i].isNaN ? .nan : (test[i] != 0 ? yes[i] : no[i]) }
        case .call(let name, let arguments):
            if name == "factor" {
                throw GravityError.invalidInput("factor() cannot be used inside arithmetic in `\(label)`")
            }
            if name == FormulaExpression.combinationFunction {
                throw GravityError.invalidInput("`\(label)` combines groups; use it as a term or after `|` (fixed effects), not inside arithmetic.")
            }
            let x = try numeric(arguments[0], label: label)
            switch name {
            case "I": return x
            case "log": return apply(x, label: label, function: "log", reason: .nonPositive, undefinedWhen: { $0 <= 0 }, Foundation.log)
            case "log10": return apply(x, label: label, function: "log10", reason: .nonPositive, undefinedWhen: { $0 <= 0 }, Foundation.log10)
            case "log1p": return apply(x, label: label, function: "log1p", reason: BilingualText("values at or below -1", chinese: "小于或等于 -1 的值"), undefinedWhen: { $0 <= -1 }, Foundation.log1p)
            case "sqrt": return apply(x, label: label, function: "sqrt", reason: BilingualText("negative values", chinese: "负值"), undefinedWhen: { $0 < 0 }, Foundation.sqrt)
            case "exp": return x.map { Foundation.exp($0) }
            case "abs": return x.map { Swift.abs($0) }
            default: throw GravityError.invalidInput("unknown function `\(name)`")
            }
        }
    }

    /// `ave(x, g1, g2, FUN = f)` over the rows of this dataset.
    private mutating func groupStatistic(_ statistic: GroupStatistic, label: String) throws -> [Double] {
        let x = try numeric(statistic.value, label: label)
        let parts = try statistic.groups.map { try dataset.column($0).categoryCodes }
        guard case .categorical(let codes, let levels) = CategoricalCombination.combine(parts) else {
            fatalError("a combination of groups is categorical")
        }
        return GroupStatistic.compute(statistic.function, of: x, codes: codes, groupCount: levels.count)
    }

    /// The indicators of `i(variable, interaction, ref = ...)`; a reference level that never occurs throws.
    private mutating func indicators(_ specification: IndicatorSpecification, label: String) throws -> EvaluatedValue {
        guard case .categorical(let codes, let levels) = Self.factor(try dataset.column(specification.variable)) else {
            fatalError("factor() returns categories")
        }
        var isReference = [Bool](repeating: false, count: levels.count)
        for level in specification.reference {
            guard let position = levels.firstIndex(of: level) else {
                let shown = levels.prefix(12).joined(separator: ", ") + (levels.count > 12 ? ", ..." : "")
                throw GravityError.invalidInput("In `\(label)`, the reference level `\(level)` does not occur in `\(specification.variable)` (its levels: \(shown)).")
            }
            isReference[position] = true
        }
        let interaction = try specification.interaction.map { try numeric($0, label: label) }
        return .indicators(codes: codes, levels: levels, isReference: isReference, interaction: interaction)
    }

    private mutating func apply(_ x: [Double], label: String, function: String, reason: BilingualText,
                                undefinedWhen isUndefined: (Double) -> Bool, _ f: (Double) -> Double) -> [Double] {
        var undefined = 0
        let result = x.map { v -> Double in
            if v.isNaN { return .nan }
            if isUndefined(v) { undefined += 1; return .nan }
            return f(v)
        }
        if undefined > 0 { undefinedCounts.append((label, function, undefined, reason)) }
        return result
    }
}

extension BilingualText {
    /// Why `log` and `log10` are undefined for a value.
    fileprivate static let nonPositive = BilingualText("non-positive values", chinese: "非正值")
}
