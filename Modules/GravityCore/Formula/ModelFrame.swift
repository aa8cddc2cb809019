import GravityLinearAlgebra

/// A design matrix with its column names.
public struct DesignMatrix: Sendable {
    /// The columns, one per coefficient, rows aligned to ``ModelFrame/rowIndices``.
    public var matrix: Matrix
    /// The coefficient names: `(Intercept)`, then the terms as written, dummies as `factor(x)level`.
    public var columnNames: [String]
    /// Whether the first column is the intercept.
    public var hasIntercept: Bool

    /// A design from its matrix, names and intercept flag.
    public init(matrix: Matrix, columnNames: [String], hasIntercept: Bool) {
        self.matrix = matrix
        self.columnNames = columnNames
        self.hasIntercept = hasIntercept
    }
}

/// A grouping of the rows (a panel unit, a period, a cluster or a fixed effect) as dense codes.
public struct Grouping: Sendable {
    /// The column or term that defines the groups.
    public var name: String
    /// Group of each row, in `0..<levels.count`, rows aligned to ``ModelFrame/rowIndices``.
    public var codes: [Int32]
    /// The label of each group, sorted (numbers ascending, text in code-point order).
    public var levels: [String]

    /// A grouping from its codes and labels.
    public init(name: String, codes: [Int32], levels: [String]) {
        self.name = name
        self.codes = codes
        self.levels = levels
    }

    /// Number of groups.
    public var count: Int { levels.count }
}

/// How an estimator uses the parts of a formula after `|`.
public enum ExtraPartUse: Sendable {
    /// The estimator takes no such part; the string names the estimator for the error.
    case reject(String)
    /// Each part is a design matrix of its own (for example inefficiency determinants).
    case designs
    /// Each term of each part is a grouping (fixed effects `| exporter + importer`).
    case groupings
}

/// The numbers an estimator works on: response, design, groupings, and the rows they came from.
///
/// Rows with a missing value in any variable the model uses (response, regressors, parts after
/// `|`, and the extra columns requested, such as the panel unit or a cluster column) are dropped
/// and counted in ``notes``; so are rows where a function was undefined (log of a non-positive
/// number), each counted by expression.
public struct ModelFrame: Sendable {
    /// The formula the frame was built from.
    public var formula: Formula
    /// The response values.
    public var response: [Double]
    /// The regressors.
    public var design: DesignMatrix
    /// One design per part after `|` when requested with ``ExtraPartUse/designs``.
    public var extraDesigns: [DesignMatrix]
    /// One grouping per term after `|` when requested with ``ExtraPartUse/groupings``.
    public var fixedEffects: [Grouping]
    /// The sum of the formula's `offset(...)` terms, when it has any and the estimator takes them.
    public var offset: [Double]?
    /// The requested extra columns as groupings, by column name.
    public var groups: [String: Grouping]
    /// For each row of the frame, its row in the input dataset (nothing stored when every input
    /// row is used).
    public var rowIndices: FrameRows
    /// Number of rows in the input dataset.
    public var inputRowCount: Int
    /// What was dropped and why, in English and, where translated, Chinese.
    public var bilingualNotes: [BilingualText]
    /// What was dropped and why, in English; setting it keeps the Chinese of the notes that remain.
    public var notes: [String] {
        get { bilingualNotes.english }
        set { bilingualNotes = bilingualNotes.replacingEnglish(with: newValue) }
    }
    /// The input rows left out, each with its reason.
    public var exclusions: RowExclusions

    /// Number of observations used.
    public var observationCount: Int { rowIndices.count }

    /// Builds the frame of `formula` on `dataset`. The dataset is handed over: pass `consume data`
    /// where nothing reads it afterwards, and each column is freed as soon as the frame has taken
    /// what it needs of it (the fixed effects' codes, the regressors' copy in the design), so the
    /// data and the frame are never held together in full.
    /// - Parameters:
    ///   - groupColumns: extra columns that define groupings (panel unit and time, clusters).
    ///   - extraParts: how to treat parts after `|`.
    ///   - acceptsOffset: whether the estimator uses `offset(...)`; when false such a term is an error.
    ///   - absorbsIntercept: with fixed effects after `|` (``ExtraPartUse/groupings``), whether the
    ///     estimator absorbs the intercept into them: the design then has no `(Intercept)` column
    ///     (nothing of the size of the data is built for it), while factors are still coded as
    ///     if it were there (their first level is the reference).
    public init(dataset: consuming Dataset, formula: Formula, groupColumns: [String] = [], extraParts: ExtraPartUse,
                acceptsOffset: Bool = false, absorbsIntercept: Bool = false) throws {
        self = try ModelFrameBuilder(formula: formula, groupColumns: groupColumns, extraParts: extraParts,
                                     acceptsOffset: acceptsOffset, absorbsIntercept: absorbsIntercept).build(from: consume dataset)
    }

    init(formula: Formula, response: [Double], design: DesignMatrix, extraDesigns: [DesignMatrix], fixedEffects: [Grouping],
         groups: [String: Grouping], rowIndices: FrameRows, inputRowCount: Int, notes: [BilingualText],
         offset: [Double]? = nil, exclusions: RowExclusions = RowExclusions()) {
        self.offset = offset
        self.exclusions = exclusions
        self.formula = formula
        self.response = response
        self.design = design
        self.extraDesigns = extraDesigns
        self.fixedEffects = fixedEffects
        self.groups = groups
        self.rowIndices = rowIndices
        self.inputRowCount = inputRowCount
        self.bilingualNotes = notes
    }

    /// Values aligned to the frame's rows spread back to the input rows (`nil` for dropped rows,
    /// whose reasons the values carry).
    public func alignedToInput(_ values: [Double]) -> RowAlignedValues {
        withExclusions(RowAlignedValues(values: values, rows: rowIndices, inputRowCount: inputRowCount))
    }

    /// The value of each frame row's level (`levelValues[codes[i]]`, a fixed effect per row)
    /// spread back to the input rows, holding the values per level and the codes only.
    public func alignedToInput(levelValues: [Double], codes: [Int32]) -> RowAlignedValues {
        withExclusions(RowAlignedValues(levelValues: levelValues, codes: codes, rows: rowIndices, inputRowCount: inputRowCount))
    }

    /// `minuend - subtrahend` per frame row (fitted values as the response less the residuals)
    /// spread back to the input rows, holding the two arrays it is computed from.
    public func alignedToInput(_ minuend: [Double], minus subtrahend: [Double]) -> RowAlignedValues {
        withExclusions(RowAlignedValues(difference: minuend, minus: subtrahend, rows: rowIndices, inputRowCount: inputRowCount))
    }

    private func withExclusions(_ values: RowAlignedValues) -> RowAlignedValues {
        var aligned = values
        aligned.exclusions = exclusions
        return aligned
    }
}
