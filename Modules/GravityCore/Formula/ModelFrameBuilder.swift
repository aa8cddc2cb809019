import GravityLinearAlgebra

/// Evaluates a formula on a dataset, finds the complete rows and assembles the ``ModelFrame``.
///
/// Memory: the builder owns the dataset and frees each column after its last reader (see
/// ``PendingColumnReads``); columns the model does not read are freed first. Fixed effects after
/// `|` are coded first, so that their codes (4 bytes a row) replace their columns (8 bytes a row)
/// before anything else is evaluated, and each regressor is freed once copied into the design.
/// Where the caller keeps its own copy of the dataset, nothing is freed and nothing else changes.
struct ModelFrameBuilder {
    let formula: Formula
    let groupColumns: [String]
    let extraParts: ExtraPartUse
    var acceptsOffset = false
    var absorbsIntercept = false

    private var absorbsGroupings: Bool {
        if case .groupings = extraParts { return true }
        return false
    }

    func build(from dataset: consuming Dataset) throws -> ModelFrame {
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
        var evaluator = ExpressionEvaluator(dataset: consume dataset)
        // A group column that is also a fixed effect (clusters by `pair` with `| pair`) shares the
        // fixed effect's grouping: its evaluation already marks the missing rows.
        var sharedWithFixedEffect: Set<String> = []
        if absorbsGroupings {
            for term in formula.extraParts.flatMap(\.terms) where term.factors.count == 1 && evaluator.dataset.hasColumn(term.name) {
                sharedWithFixedEffect.insert(term.name)
            }
        }
        var ownGroupColumns: [String] = []
        for name in groupColumns where !ownGroupColumns.contains(name) && !sharedWithFixedEffect.contains(name) { ownGroupColumns.append(name) }

        let groupColumnReads = ownGroupColumns.map { Self.columns(readBy: $0, in: evaluator.dataset) }
        var reads = PendingColumnReads()
        for term in formula.extraParts.flatMap(\.terms) + [FormulaTerm(factors: [formula.response], name: "")] + formula.rhs.terms + formula.offsets {
            reads.expect(term.variables)
        }
        for columns in groupColumnReads { reads.expect(columns) }
        func finish(_ columns: [String]) {
            for name in reads.finish(columns) { evaluator.dataset.releaseColumn(name) }
        }
        for name in reads.unread(among: evaluator.dataset.names) { evaluator.dataset.releaseColumn(name) }

        var missing = MissingRows(rowCount: n)
        func mark(_ term: FormulaTerm, _ values: [EvaluatedValue]) {
            for (factor, value) in zip(term.factors, values) {
                let label = term.factors.count == 1 ? term.name : "\(factor)"
                switch value {
                case .numeric(let x): missing.mark(label, x)
                case .categorical(let codes, _): missing.mark(label, codes: codes)
                case .indicators(let codes, _, _, let interaction):
                    missing.mark(label, codes: codes)
                    if let interaction { missing.mark(label, interaction) }
                }
            }
        }
        var expansionNotes: [BilingualText] = []
        func evaluate(_ term: FormulaTerm, expandsFactors: Bool) throws -> [EvaluatedValue] {
            let values = try term.factors.map { try evaluator.evaluate($0, label: term.name) }
            if expandsFactors { expansionNotes += try CategoricalRegressors.check(term, values: values, dataset: evaluator.dataset) }
            finish(term.variables)
            return values
        }

        // Fixed effects first, as codes; their rows are marked missing in formula order below.
        let fixedEffectValues = try formula.extraParts.map { part in
            try absorbsGroupings ? part.terms.map { try evaluate($0, expandsFactors: false).map(Self.coded) } : []
        }
        let response = try evaluator.numeric(formula.response, label: formula.responseName)
        finish(formula.response.variables)
        missing.mark(formula.responseName, response)
        let rhs = try formula.rhs.terms.map { term in
            let values = try evaluate(term, expandsFactors: true)
            mark(term, values)
            return (term, values)
        }
        var extraDesignTerms: [[(FormulaTerm, [EvaluatedValue])]] = []
        for (part, values) in zip(formula.extraParts, fixedEffectValues) {
            if absorbsGroupings {
                for (term, termValues) in zip(part.terms, values) { mark(term, termValues) }
            } else {
                extraDesignTerms.append(try part.terms.map { term in
                    let values = try evaluate(term, expandsFactors: true)
                    mark(term, values)
                    return (term, values)
                })
            }
        }
        var offset: [Double]? = nil
        for term in formula.offsets {
            let values = try evaluator.numeric(term.factors[0], label: term.name)
            finish(term.variables)
            missing.mark(term.name, values)
            offset = offset.map { zip($0, values).map(+) } ?? values
        }
        var groupValues: [(String, EvaluatedValue)] = []
        for (name, columns) in zip(ownGroupColumns, groupColumnReads) {
            let value = try Self.groups(name, evaluator: &evaluator)
            finish(columns)
            if case .categorical(let codes, _) = value { missing.mark(name, codes: codes) }
            groupValues.append((name, value))
        }

        let rows = missing.completeRows
        var notes = expansionNotes
        for (expression, function, count, reason) in evaluator.undefinedCounts {
            notes.append(BilingualText("\(expression): \(count) row(s) with \(reason.english) under \(function)(), where it is undefined; those rows were dropped.",
                                       chinese: "\(expression)：\(count) 行为\(reason.chinese)，\(function)() 在此无定义，这些行已删除。"))
        }
        let detail = missing.countsByVariable
        if rows.count < n {
            notes.append(BilingualText("\(n - rows.count) of \(n) rows dropped for missing or undefined values (\(detail.joined(separator: ", "))).",
                                       chinese: "因缺失值或无定义值删除 \(n - rows.count) 行（共 \(n) 行；\(detail.joined(separator: "，"))）。"))
        }
        guard !rows.isEmpty else {
            throw GravityError.invalidInput("No complete rows remain after dropping missing or undefined values (\(detail.joined(separator: ", "))).")
        }

        var interceptAbsorbed = false
        if absorbsGroupings, absorbsIntercept, !formula.extraParts.isEmpty { interceptAbsorbed = formula.rhs.hasIntercept }
        let assembler = DesignAssembler(rows: rows, inputRowCount: n)
        let design = assembler.assemble(consume rhs, hasIntercept: formula.rhs.hasIntercept, interceptAbsorbed: interceptAbsorbed)
        let extraDesigns = zip(formula.extraParts, extraDesignTerms).map { assembler.assemble($1, hasIntercept: $0.hasIntercept) }
        var fixedEffects: [Grouping] = []
        for (part, values) in zip(formula.extraParts, fixedEffectValues) where absorbsGroupings {
            for (term, termValues) in zip(part.terms, values) {
                guard termValues.count == 1 else {
                    throw GravityError.invalidInput("Fixed effect `\(term.name)` must be a column or a combination of columns such as `exporter^year`, not a product `a:b`.")
                }
                fixedEffects.append(Self.grouping(term.name, termValues[0], rows: rows))
            }
        }
        var groups: [String: Grouping] = [:]
        for (name, value) in groupValues { groups[name] = Self.grouping(name, value, rows: rows) }
        for name in groupColumns where sharedWithFixedEffect.contains(name) { groups[name] = fixedEffects.first { $0.name == name } }
        return ModelFrame(formula: formula, response: Self.restricted(response, to: rows, of: n), design: design, extraDesigns: extraDesigns,
                          fixedEffects: fixedEffects, groups: groups, rowIndices: rows, inputRowCount: n, notes: notes,
                          offset: offset.map { Self.restricted($0, to: rows, of: n) }, exclusions: missing.exclusions)
    }
}
