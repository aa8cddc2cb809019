/// Evaluation of formula expressions on a dataset.
extension Dataset {
    /// The values of a numeric expression (`trade`, `log(gdp_o)`, `I(a / b)`) for every row;
    /// `nan` where a value is missing or the expression is undefined.
    public func evaluate(_ expression: FormulaExpression) throws -> [Double] {
        var evaluator = ExpressionEvaluator(dataset: self)
        return try evaluator.numeric(expression, label: "\(expression)")
    }
}
