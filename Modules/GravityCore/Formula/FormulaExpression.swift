/// An arithmetic expression inside a formula term: a variable, a number, a function call or an
/// operation, such as `log(gdp_o)` or `I(dist^2 / 1000)`.
public indirect enum FormulaExpression: Sendable, Equatable {
    /// A column of the dataset.
    case variable(String)
    /// A numeric constant.
    case number(Double)
    /// A function applied to arguments: `log(x)`, `I(x^2)`, `factor(year)`.
    case call(String, [FormulaExpression])
    /// A binary arithmetic operation (`+ - * / ^`).
    case binary(ArithmeticOperator, FormulaExpression, FormulaExpression)
    /// Arithmetic negation.
    case negate(FormulaExpression)
    /// fixest's `i(var, ref = -1)` or `i(var, x, ref = -1)`: one indicator per level of `var`
    /// except the reference levels, optionally multiplied by `x`.
    case indicators(IndicatorSpecification)
    /// A logical condition in R's syntax, as in `I(exporter != importer)` or the test of
    /// `ifelse(year == 1986, log(DIST), 0)`: 1 where it holds, 0 where not, missing where `NA`.
    case condition(RowCondition)
    /// R's `ave(x, g1, g2, FUN = sum)`: a statistic of `x` over the rows of each group, repeated
    /// on every row of the group.
    case groupStatistic(GroupStatistic)

    /// The columns the expression reads, in order of first appearance.
    public var variables: [String] {
        var seen: [String] = []
        collectVariables(into: &seen)
        return seen
    }

    private func collectVariables(into seen: inout [String]) {
        switch self {
        case .variable(let name): if !seen.contains(name) { seen.append(name) }
        case .number: break
        case .call(_, let arguments): for argument in arguments { argument.collectVariables(into: &seen) }
        case .binary(_, let lhs, let rhs):
            lhs.collectVariables(into: &seen)
            rhs.collectVariables(into: &seen)
        case .negate(let inner): inner.collectVariables(into: &seen)
        case .indicators(let specification):
            if !seen.contains(specification.variable) { seen.append(specification.variable) }
            specification.interaction?.collectVariables(into: &seen)
        case .condition(let condition):
            for name in condition.variables where !seen.contains(name) { seen.append(name) }
        case .groupStatistic(let statistic):
            statistic.value.collectVariables(into: &seen)
            for name in statistic.groups where !seen.contains(name) { seen.append(name) }
        }
    }

    /// Whether the expression is or contains `offset(...)`.
    public var containsOffset: Bool {
        switch self {
        case .call("offset", _): return true
        case .call(_, let arguments): return arguments.contains(where: \.containsOffset)
        case .binary(_, let lhs, let rhs): return lhs.containsOffset || rhs.containsOffset
        case .negate(let inner): return inner.containsOffset
        case .indicators(let specification): return specification.interaction?.containsOffset ?? false
        case .groupStatistic(let statistic): return statistic.value.containsOffset
        case .variable, .number, .condition: return false
        }
    }

    /// Whether the expression is `factor(...)`, which expands into dummy columns.
    public var isFactor: Bool {
        if case .call("factor", _) = self { return true }
        return false
    }

    /// The function name under which `a^b^c` (the groups of every observed combination of the
    /// columns, written at formula level) is stored: `.call("^", [a, b, c])`.
    public static let combinationFunction = "^"

    /// Whether the expression is a combination `a^b` of columns.
    public var isCombination: Bool {
        if case .call(Self.combinationFunction, _) = self { return true }
        return false
    }
}

/// The arguments of fixest's `i()`: the column whose levels get indicators, an optional variable
/// they multiply, and the levels left out.
public struct IndicatorSpecification: Sendable, Equatable {
    /// The column whose levels define the indicators (relative time, a category).
    public var variable: String
    /// The expression each indicator multiplies, as in `i(rel_time, x, ref = -1)`.
    public var interaction: FormulaExpression?
    /// The interacted expression as written, which labels the columns (`rel_time::0:x`).
    public var interactionName: String?
    /// The reference levels, written as the factor's level labels (`-1`, `2004`, `north`).
    public var reference: [String]

    /// A specification from its parts.
    public init(variable: String, interaction: FormulaExpression? = nil, interactionName: String? = nil, reference: [String] = []) {
        self.variable = variable
        self.interaction = interaction
        self.interactionName = interactionName
        self.reference = reference
    }
}

/// The arithmetic operators allowed inside function calls and `I()`.
public enum ArithmeticOperator: String, Sendable, Equatable {
    case add = "+", subtract = "-", multiply = "*", divide = "/", power = "^"
}

/// One term of a formula's right-hand side: a product of expressions joined by `:`.
///
/// `name` is the term as the user wrote it (`log(gdp_o)`, `contig:rta`), which labels its
/// coefficient.
public struct FormulaTerm: Sendable, Equatable {
    /// The expressions whose product forms the term (one for a main effect).
    public var factors: [FormulaExpression]
    /// The label of the term, as written.
    public var name: String

    /// A term from its factors and label.
    public init(factors: [FormulaExpression], name: String) {
        self.factors = factors
        self.name = name
    }

    /// Whether any factor is or contains `offset(...)`.
    public var containsOffset: Bool { factors.contains(where: \.containsOffset) }

    /// The columns the term reads, in order of first appearance.
    public var variables: [String] {
        var seen: [String] = []
        for factor in factors {
            for name in factor.variables where !seen.contains(name) { seen.append(name) }
        }
        return seen
    }
}

/// The right-hand side of a formula, or one of its parts after `|`: terms plus an intercept flag.
public struct FormulaPart: Sendable, Equatable {
    /// Terms in order of appearance, with `a*b` already expanded to `a + b + a:b`.
    public var terms: [FormulaTerm]
    /// False when the part says `- 1` or `+ 0`.
    public var hasIntercept: Bool
    /// The part as written.
    public var text: String

    /// A part from its terms, intercept flag and source text.
    public init(terms: [FormulaTerm], hasIntercept: Bool, text: String) {
        self.terms = terms
        self.hasIntercept = hasIntercept
        self.text = text
    }

    /// The columns the part reads, in order of first appearance.
    public var variables: [String] {
        var seen: [String] = []
        for term in terms {
            for name in term.variables where !seen.contains(name) { seen.append(name) }
        }
        return seen
    }
}
