import GravityLinearAlgebra

/// Evaluates a formula on a dataset, finds the complete rows and assembles the ``ModelFrame``.
struct ModelFrameBuilder {
    let dataset: Dataset
    let formula: Formula
    let groupColumns: [String]
    let extraParts: ExtraPartUse
    var acceptsOffset = false
    var absorbsIntercept = false

    private struct EvaluatedTerm {
        let term: FormulaTerm
        let values: [EvaluatedValue]
    }

    func build() throws -> ModelFrame {
        if case .reject(let estimator) = extraParts, !formula.extraParts.isEmpty {
            throw GravityError.invalidInput("The model `\(estimator)` takes no part after `|` in the formula (`\(formula.extraParts[0].text)`); use an estimator with fixed effects or remove it.")
        }
        if !formula.offsets.isEmpty && !acceptsOffset {
            throw GravityError.invalidInput("This model takes no offset() term; remove it, or use an estimator that models an offset (ppml).")
        }
        let n = dataset.rowCount
        guard n > 0 else { throw GravityError.invalidInput("The dataset has no rows.") }
        guard n <= FrameRows.maximumTotal else {
            throw GravityError.invalidInput("The dataset has \(n) rows; a model takes at most \(FrameRows.maximumTotal) (2^31 - 1). Select fewer rows with --where.")
        }
        var evaluator = ExpressionEvaluator(dataset: dataset)
        var missingByVariable: [(String, Int)] = []
        // For each row, the first variable (index into missingByVariable) missing in it, or -1;
        // allocated at the first missing value (complete data never need it).
        var firstMissing: [Int32] = []

        func mark(_ label: String, _ values: [Double]) {
            guard let first = values.firstIndex(where: { !$0.isFinite }) else { return }
            if firstMissing.isEmpty { firstMissing = [Int32](repeating: -1, count: n) }
            let index = Int32(missingByVariable.count)
            let count = firstMissing.withUnsafeMutableBufferPointer { flags in
                values.withUnsafeBufferPointer { x in
                    var count = 0
                    for i in first..<n where !x[i].isFinite {
                        count += 1
                        if flags[i] < 0 { flags[i] = index }
                    }
                    return count
                }
            }
            missingByVariable.append((label, count))
        }
        func mark(_ label: String, codes: [Int32]) {
            guard let first = codes.firstIndex(where: { $0 < 0 }) else { return }
            if firstMissing.isEmpty { firstMissing = [Int32](repeating: -1, count: n) }
            let index = Int32(missingByVariable.count)
            var count = 0
            for i in first..<n where codes[i] < 0 {
                count += 1
                if firstMissing[i] < 0 { firstMissing[i] = index }
            }
            if count > 0 { missingByVariable.append((label, count)) }
        }

        let response = try evaluator.numeric(formula.response, label: formula.responseName)
        mark(formula.responseName, response)

        var expansionNotes: [BilingualText] = []
        func evaluate(_ part: FormulaPart, expandsFactors: Bool) throws -> [EvaluatedTerm] {
            try part.terms.map { term in
                let values = try term.factors.map { try evaluator.evaluate($0, label: term.name) }
                if expandsFactors { expansionNotes += try CategoricalRegressors.check(term, values: values, dataset: dataset) }
                for (factor, value) in zip(term.factors, values) {
                    let label = term.factors.count == 1 ? term.name : "\(factor)"
                    switch value {
                    case .numeric(let x): mark(label, x)
                    case .categorical(let codes, _): mark(label, codes: codes)
                    case .indicators(let codes, _, _, let interaction):
                        mark(label, codes: codes)
                        if let interaction { mark(label, interaction) }
                    }
                }
                return EvaluatedTerm(term: term, values: values)
            }
        }
        let rhs = try evaluate(formula.rhs, expandsFactors: true)
        let extra = try formula.extraParts.map { part -> [EvaluatedTerm] in
            if case .designs = extraParts { return try evaluate(part, expandsFactors: true) }
            return try evaluate(part, expandsFactors: false)
        }
        var offset: [Double]? = nil
        for term in formula.offsets {
            let values = try evaluator.numeric(term.factors[0], label: term.name)
            mark(term.name, values)
            offset = offset.map { zip($0, values).map(+) } ?? values
        }
        var groupValues: [(String, EvaluatedValue)] = []
        // A group column that is also a fixed effect (clusters by `pair` with `| pair`) shares the
        // fixed effect's grouping: its evaluation already marked the missing rows.
        var sharedWithFixedEffect: Set<String> = []
        if case .groupings = extraParts {
            for term in extra.joined() where term.values.count == 1 && dataset.hasColumn(term.term.name) {
                sharedWithFixedEffect.insert(term.term.name)
            }
        }
        for name in groupColumns where !groupValues.contains(where: { $0.0 == name }) && !sharedWithFixedEffect.contains(name) {
            let value = try Self.groups(name, in: dataset, evaluator: &evaluator)
            if case .categorical(let codes, _) = value { mark(name, codes: codes) }
            groupValues.append((name, value))
        }

        let rows = missingByVariable.isEmpty ? FrameRows(every: n) : FrameRows(total: n) { firstMissing[$0] < 0 }
        var exclusions = RowExclusions()
        for (index, (label, _)) in missingByVariable.enumerated() {
            exclusions.add(rows: (0..<n).filter { firstMissing[$0] == Int32(index) }, reason: "missing or undefined value in \(label)")
        }
        var notes = expansionNotes
        for (expression, function, count, reason) in evaluator.undefinedCounts {
            notes.append(BilingualText("\(expression): \(count) row(s) with \(reason.english) under \(function)(), where it is undefined; those rows were dropped.",
                                       chinese: "\(expression)：\(count) 行为\(reason.chinese)，\(function)() 在此无定义，这些行已删除。"))
        }
        if rows.count < n {
            let detail = missingByVariable.map { "\($0.0): \($0.1)" }
            notes.append(BilingualText("\(n - rows.count) of \(n) rows dropped for missing or undefined values (\(detail.joined(separator: ", "))).",
                                       chinese: "因缺失值或无定义值删除 \(n - rows.count) 行（共 \(n) 行；\(detail.joined(separator: "，"))）。"))
        }
        guard !rows.isEmpty else {
            throw GravityError.invalidInput("No complete rows remain after dropping missing or undefined values (\(missingByVariable.map { "\($0.0): \($0.1)" }.joined(separator: ", "))).")
        }

        var interceptAbsorbed = false
        if case .groupings = extraParts, absorbsIntercept, !formula.extraParts.isEmpty { interceptAbsorbed = formula.rhs.hasIntercept }
        let design = DesignAssembler(rows: rows, inputRowCount: n).assemble(rhs.map { ($0.term, $0.values) }, hasIntercept: formula.rhs.hasIntercept,
                                                                            interceptAbsorbed: interceptAbsorbed)
        var extraDesigns: [DesignMatrix] = []
        var fixedEffects: [Grouping] = []
        for (part, evaluated) in zip(formula.extraParts, extra) {
            switch extraParts {
            case .designs:
                extraDesigns.append(DesignAssembler(rows: rows, inputRowCount: n).assemble(evaluated.map { ($0.term, $0.values) }, hasIntercept: part.hasIntercept))
            case .groupings:
                for term in evaluated {
                    guard term.values.count == 1 else {
                        throw GravityError.invalidInput("Fixed effect `\(term.term.name)` must be a column or a combination of columns such as `exporter^year`, not a product `a:b`.")
                    }
                    fixedEffects.append(Self.grouping(term.term.name, term.values[0], rows: rows))
                }
            case .reject: break
            }
        }
        var groups: [String: Grouping] = [:]
        for (name, value) in groupValues { groups[name] = Self.grouping(name, value, rows: rows) }
        for name in groupColumns where sharedWithFixedEffect.contains(name) { groups[name] = fixedEffects.first { $0.name == name } }
        return ModelFrame(formula: formula, response: Self.restricted(response, to: rows, of: n), design: design, extraDesigns: extraDesigns,
                          fixedEffects: fixedEffects, groups: groups, rowIndices: rows, inputRowCount: n, notes: notes,
                          offset: offset.map { Self.restricted($0, to: rows, of: n) }, exclusions: exclusions)
    }

    /// The values of the kept rows (the array itself when every row is kept).
    private static func restricted(_ values: [Double], to rows: FrameRows, of n: Int) -> [Double] {
        rows.count == n ? values : rows.map { values[$0] }
    }

    /// The groups a column defines, or, for a name such as `exporter^importer` that is not a
    /// column, every observed combination of the columns (clusters by directional pair).
    private static func groups(_ name: String, in dataset: Dataset, evaluator: inout ExpressionEvaluator) throws -> EvaluatedValue {
        guard !dataset.hasColumn(name), name.contains("^"),
              let combination = try? Formula("0 ~ 1 | \(name)").extraParts.first?.terms.first?.factors.first, combination.isCombination else {
            return ExpressionEvaluator.factor(try dataset.column(name))
        }
        return try evaluator.evaluate(combination, label: name)
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
