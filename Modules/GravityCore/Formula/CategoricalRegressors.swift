/// Checks on the categorical terms that a formula expands into dummy columns: a size limit, and a
/// note when a text column entered without `factor()`.
enum CategoricalRegressors {
    /// Refuses a categorical term with more than ``ModelFrame/maximumFactorLevels`` levels, and
    /// returns a note for each text column written as a bare variable.
    static func check(_ term: FormulaTerm, values: [EvaluatedValue], dataset: Dataset) throws -> [BilingualText] {
        var notes: [BilingualText] = []
        var dummyCount = 1
        var largest: (column: String, levels: Int)? = nil
        for (expression, value) in zip(term.factors, values) {
            let levels: [String]
            switch value {
            case .categorical(_, let found), .indicators(_, let found, _, _): levels = found
            case .numeric: continue
            }
            dummyCount = dummyCount.multipliedReportingOverflow(by: max(levels.count, 1)).overflow ? Int.max : dummyCount * max(levels.count, 1)
            if levels.count > (largest?.levels ?? -1) { largest = (expression.columnName ?? term.name, levels.count) }
            if case .variable(let name) = expression, case .categorical = value {
                let note = "`\(name)` is a text column, so it entered the model as dummies for its \(levels.count) levels, as factor(\(name)) would."
                if let explanation = dataset.textExplanation(name) {
                    notes.append(BilingualText(english: note + " " + explanation))
                } else {
                    notes.append(BilingualText(note, chinese: "`\(name)` 是文本列，因此以其 \(levels.count) 个水平的虚拟变量进入模型，与 factor(\(name)) 相同。"))
                }
            }
        }
        if let largest, dummyCount > ModelFrame.maximumFactorLevels {
            throw GravityError.invalidInput(
                "`\(term.name)` expands into \(dummyCount == Int.max ? "too many" : String(dummyCount)) dummy columns (`\(largest.column)` has "
                    + "\(largest.levels) levels); a categorical term with more than \(ModelFrame.maximumFactorLevels) levels would make the "
                    + "design dense with one column per level. Absorb `\(largest.column)` as a fixed effect instead: write it after `|` "
                    + "(`... | \(largest.column)`) with an estimator that absorbs fixed effects.")
        }
        return notes
    }
}

extension FormulaExpression {
    /// The column that `x` or `factor(x)` names; nil for other expressions.
    fileprivate var columnName: String? {
        switch self {
        case .variable(let name): return name
        case .call("factor", let arguments): return arguments.first?.columnName
        default: return nil
        }
    }
}

extension ModelFrame {
    /// The most levels a categorical regressor (`factor(x)` or a text column before `|`) may have;
    /// larger ones are refused with the advice to absorb them as fixed effects after `|`.
    public static let maximumFactorLevels = 1_000
}
