/// A model formula in the R / fixest style: `log(trade) ~ log(gdp_o) + log(dist) + contig | exporter + importer`.
///
/// Supported syntax:
/// - response and terms may use `log`, `log10`, `log1p`, `exp`, `sqrt`, `abs` and `I(...)` with
///   arithmetic (`+ - * / ^`) inside;
/// - `I(...)` also takes an R condition, 1 where it holds and 0 where not: `I(exporter != importer)`,
///   `I(year %in% c(1986, 1990))`; `ifelse(test, yes, no)` picks per row:
///   `ifelse(year == 1986, log(DIST), 0)`, `ifelse(exporter == importer, pair_id, 0)` (after `|`,
///   a fixed effect for each domestic pair and one for all international pairs);
/// - `ave(x, g1, g2, FUN = sum|mean|min|max|length)` is R's group statistic repeated on every row of
///   the group: output `log(ave(trade, exporter, year, FUN = sum))`;
/// - `a:b` is an interaction, `a*b` expands to `a + b + a:b`;
/// - `factor(x)` (or a text column) expands into dummies for its levels;
/// - `- 1` or `+ 0` removes the intercept, `- term` removes a term;
/// - variable names with spaces or symbols are written in back-quotes: `` `Life Exp` ``;
/// - `offset(x)` on the right-hand side enters the linear predictor with coefficient one, for
///   estimators that take an offset (`ppml`); others refuse it;
/// - parts after `|` are kept for estimators that use them (fixed effects, inefficiency determinants).
public struct Formula: Sendable, Equatable, CustomStringConvertible {
    /// The response expression.
    public var response: FormulaExpression
    /// The response as written, which labels it in output.
    public var responseName: String
    /// The regressors.
    public var rhs: FormulaPart
    /// Parts after `|`, in order.
    public var extraParts: [FormulaPart]
    /// The formula as written.
    public var text: String
    /// The `offset(...)` terms, each holding the expression inside and named as written; their
    /// sum is the offset (empty when none).
    public var offsets: [FormulaTerm]

    /// Parses `text`; throws ``GravityError/formulaSyntax(_:formula:position:)`` with the position of the problem.
    public init(_ text: String) throws {
        var parser = FormulaParser(text)
        self = try parser.parseFormula()
    }

    /// A formula from its parsed parts.
    public init(response: FormulaExpression, responseName: String, rhs: FormulaPart, extraParts: [FormulaPart], text: String,
                offsets: [FormulaTerm] = []) {
        self.offsets = offsets
        self.response = response
        self.responseName = responseName
        self.rhs = rhs
        self.extraParts = extraParts
        self.text = text
    }

    /// The formula as written.
    public var description: String { text }

    /// Every column the formula reads, in order of first appearance.
    public var variables: [String] {
        var seen = response.variables
        for part in [rhs] + extraParts {
            for name in part.variables where !seen.contains(name) { seen.append(name) }
        }
        for offset in offsets {
            for name in offset.factors[0].variables where !seen.contains(name) { seen.append(name) }
        }
        return seen
    }
}
