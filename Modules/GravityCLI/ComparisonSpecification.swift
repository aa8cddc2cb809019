import ArgumentParser
import GravityKit

/// One column of `gravity compare`: `--spec "LABEL = MODEL : FORMULA"` (the label optional), each
/// fitted on its own model frame (its own sample).
struct ComparisonSpecification: Equatable {
    /// The column heading, or nil to head the column by the model's name.
    var label: String?
    /// The registered model.
    var model: String
    /// The formula as written.
    var formula: String

    /// Parses `LABEL = MODEL : FORMULA` or `MODEL : FORMULA`. The label ends at the first `=`;
    /// the model at the first `:` after it (model names have no colon; formulas may, as in `a:b`).
    init(parsing text: String) throws {
        let usage = "Write --spec as \"LABEL = MODEL : FORMULA\", e.g. --spec \"PPML = ppml : trade ~ log(DIST) + CNTG | exporter^year + importer^year\"; got `\(text)`."
        var rest = Substring(text)
        if let equals = rest.firstIndex(of: "="), !rest[..<equals].contains(":"), !rest[..<equals].contains("~") {
            let label = rest[..<equals].trimmingCharacters(in: .whitespaces)
            guard !label.isEmpty else { throw ValidationError("The label before `=` is empty. " + usage) }
            self.label = label
            rest = rest[rest.index(after: equals)...]
        } else {
            self.label = nil
        }
        guard let colon = rest.firstIndex(of: ":") else { throw ValidationError("No `:` between the model and the formula. " + usage) }
        model = rest[..<colon].trimmingCharacters(in: .whitespaces)
        formula = rest[rest.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        guard !model.isEmpty, !formula.isEmpty else { throw ValidationError("The model or the formula is empty. " + usage) }
    }

    /// A specification from its parts.
    init(label: String?, model: String, formula: String) {
        self.label = label
        self.model = model
        self.formula = formula
    }
}

/// Splits a list at commas outside parentheses (`log(a),b` into `log(a)` and `b`).
func splitTermList(_ text: String) -> [String] {
    var items: [String] = [], current = "", depth = 0
    for character in text {
        if character == "(" { depth += 1 }
        if character == ")" { depth -= 1 }
        if character == ",", depth == 0 { items.append(current); current = ""; continue }
        current.append(character)
    }
    items.append(current)
    return items.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
}
