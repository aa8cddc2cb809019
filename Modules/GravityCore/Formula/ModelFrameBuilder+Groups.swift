extension ModelFrameBuilder {
    /// The values of the kept rows (the array itself when every row is kept).
    static func restricted(_ values: [Double], to rows: FrameRows, of n: Int) -> [Double] {
        rows.count == n ? values : rows.map { values[$0] }
    }

    /// The groups a column defines, or, for a name such as `exporter^importer` that is not a
    /// column, every observed combination of the columns (clusters by directional pair).
    static func groups(_ name: String, evaluator: inout ExpressionEvaluator) throws -> EvaluatedValue {
        guard let combination = combination(named: name, in: evaluator.dataset) else {
            return ExpressionEvaluator.factor(try evaluator.dataset.column(name))
        }
        return try evaluator.evaluate(combination, label: name)
    }

    /// The columns that ``groups(_:evaluator:)`` reads for `name`.
    static func columns(readBy name: String, in dataset: Dataset) -> [String] {
        combination(named: name, in: dataset)?.variables ?? [name]
    }

    /// The combination `a^b` that a group name which is not a column stands for, if it is one.
    private static func combination(named name: String, in dataset: Dataset) -> FormulaExpression? {
        guard !dataset.hasColumn(name), name.contains("^"),
              let combination = try? Formula("0 ~ 1 | \(name)").extraParts.first?.terms.first?.factors.first, combination.isCombination else {
            return nil
        }
        return combination
    }

    /// A fixed effect's value as group codes, so that its column can be freed: numbers become
    /// the codes of `factor()`, with `-1` (missing) where they are not finite, as the frame
    /// drops those rows.
    static func coded(_ value: EvaluatedValue) -> EvaluatedValue {
        guard case .numeric(let x) = value else { return value }
        var (codes, levels) = Column.numeric(x).categoryCodes
        for i in x.indices where x[i].isInfinite { codes[i] = -1 }
        return .categorical(codes: codes, levels: levels)
    }

    /// Dense codes over the kept rows, keeping only the levels that occur.
    static func grouping(_ name: String, _ value: EvaluatedValue, rows: FrameRows) -> Grouping {
        let codes: [Int32], levels: [String]
        switch value {
        case .categorical(let c, let l), .indicators(let c, let l, _, _): (codes, levels) = (c, l)
        case .numeric(let x): (codes, levels) = Column.numeric(x).categoryCodes
        }
        return Grouping(name: name, codes: codes, levels: levels).keeping(rows: rows)
    }
}
