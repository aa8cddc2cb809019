/// Group statistics computed before a row selection, as Stata's `egen` runs before `regress ... if`.
extension Formula {
    /// The formula with every `ave(...)` computed on all rows of `dataset` and stored there as a
    /// column named by the call as written (`ave(trade, exporter, year, FUN = sum)`), which the
    /// returned formula reads instead. Terms keep their names.
    ///
    /// The command line calls it before `--where`, so that output and expenditure sum every flow of
    /// the file (domestic ones included) while the estimation keeps international flows only.
    public func computingGroupStatistics(in dataset: inout Dataset) throws -> Formula {
        var copy = self
        func replace(_ expression: FormulaExpression) throws -> FormulaExpression {
            try expression.replacingGroupStatistics { statistic in
                if !dataset.hasColumn(statistic.text) {
                    try dataset.addColumn(statistic.text, .numeric(try dataset.evaluate(.groupStatistic(statistic))))
                }
                return .variable(statistic.text)
            }
        }
        copy.response = try replace(response)
        for k in copy.offsets.indices { copy.offsets[k].factors = try copy.offsets[k].factors.map(replace) }
        copy.rhs.terms = try rhs.terms.map { term in FormulaTerm(factors: try term.factors.map(replace), name: term.name) }
        for p in copy.extraParts.indices {
            copy.extraParts[p].terms = try extraParts[p].terms.map { term in FormulaTerm(factors: try term.factors.map(replace), name: term.name) }
        }
        return copy
    }
}

extension FormulaExpression {
    /// The expression with each outermost `ave(...)` replaced by `transform` of it.
    func replacingGroupStatistics(_ transform: (GroupStatistic) throws -> FormulaExpression) rethrows -> FormulaExpression {
        switch self {
        case .groupStatistic(let statistic):
            return try transform(statistic)
        case .call(let name, let arguments):
            return .call(name, try arguments.map { try $0.replacingGroupStatistics(transform) })
        case .binary(let op, let lhs, let rhs):
            return .binary(op, try lhs.replacingGroupStatistics(transform), try rhs.replacingGroupStatistics(transform))
        case .negate(let inner):
            return .negate(try inner.replacingGroupStatistics(transform))
        case .indicators(var specification):
            specification.interaction = try specification.interaction?.replacingGroupStatistics(transform)
            return .indicators(specification)
        case .variable, .number, .condition:
            return self
        }
    }
}
