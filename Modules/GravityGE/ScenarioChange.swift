import Foundation
import GravityCore

/// One change of a counterfactual scenario: a column replaced by an expression of the data, as
/// written on the command line (`INTL_BRDR=0`, `RTA=RTA_NEW`, `tariff=tariff*0.5`).
public struct ScenarioChange: Sendable, Equatable {
    /// The column the scenario replaces.
    public var column: String
    /// Its counterfactual value, evaluated on the data row by row.
    public var expression: FormulaExpression
    /// The change as written.
    public var text: String

    /// Parses `column=expression`; the expression uses the formula syntax (`log()`, arithmetic, columns).
    public init(parsing text: String) throws {
        guard let equals = text.firstIndex(of: "=") else {
            throw GravityError.invalidOption("A scenario is written column=expression (for example INTL_BRDR=0); `\(text)` has no `=`.")
        }
        var column = String(text[..<equals]).trimmingCharacters(in: .whitespaces)
        if column.hasPrefix("`") && column.hasSuffix("`") && column.count > 1 { column = String(column.dropFirst().dropLast()) }
        let right = String(text[text.index(after: equals)...]).trimmingCharacters(in: .whitespaces)
        guard !column.isEmpty, !right.isEmpty else {
            throw GravityError.invalidOption("The scenario `\(text)` needs a column before `=` and an expression after it.")
        }
        self.column = column
        self.expression = try Formula("(\(right)) ~ 1").response
        self.text = text
    }

    /// `data` with the column replaced; an unknown column or (with `requireChange`) a change that
    /// alters no row throws.
    func apply(to data: Dataset, requireChange: Bool = true) throws -> Dataset {
        let old = try data.numeric(column)
        let new = try data.evaluate(expression)
        let changed = zip(old, new).filter { $0 != $1 && !($0.isNaN && $1.isNaN) }.count
        guard changed > 0 || !requireChange else {
            throw GravityError.invalidInput("The scenario `\(text)` changes nothing: `\(column)` already equals that in every row.")
        }
        var out = data
        try out.setColumn(column, .numeric(new))
        return out
    }
}
