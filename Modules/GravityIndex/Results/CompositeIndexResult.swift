import GravityCore

/// A composite index and everything needed to report and reproduce it.
public struct CompositeIndexResult: Sendable {
    /// The builder's name (`pca`, `entropy`, `equal`).
    public let method: String
    /// The indicators, in column order.
    public let variables: [String]
    /// The indicators that entered with their sign reversed (lower is better).
    public let costIndicators: [String]
    /// Moments, correlation matrix, KMO and Bartlett's test of the (oriented) indicators.
    public let diagnostics: IndexDiagnostics
    /// Principal components, for `pca`.
    public let components: PrincipalComponents?
    /// Entropies and divergences, for `entropy`.
    public let entropy: EntropyWeighting?
    /// The weights of the index's parts (components or indicators); they sum to 1.
    public let weights: [IndexWeight]
    /// The weighted sum before scaling, one value per row used.
    public let composite: [Double]
    /// How the composite was scaled.
    public let scaling: IndexScaling
    /// The index, one value per row used.
    public let index: [Double]
    /// For each value, its row in the source (0-based).
    public internal(set) var rowIndices: [Int]
    /// Number of rows in the source.
    public internal(set) var sourceRowCount: Int
    /// The panel the rows belong to, when one was declared.
    public internal(set) var panel: PanelSpecification?
    /// Unit of each row used, when a panel was declared (empty text when missing).
    public internal(set) var unitLabels: [String]
    /// Period of each row used, when a panel was declared (empty text when missing).
    public internal(set) var periodLabels: [String]
    /// Dropped rows, conventions and warnings, in English and Chinese.
    public internal(set) var bilingualNotes: [BilingualText]
    /// The notes in English (what JSON carries).
    public var notes: [String] { bilingualNotes.english }

    /// A result; builders call this after computing their parts.
    public init(method: String, data: IndicatorData, costIndicators: [String], diagnostics: IndexDiagnostics,
                components: PrincipalComponents? = nil, entropy: EntropyWeighting? = nil, weights: [IndexWeight],
                composite: [Double], scaling: IndexScaling, notes: [BilingualText] = []) {
        self.method = method
        variables = data.names
        self.costIndicators = costIndicators
        self.diagnostics = diagnostics
        self.components = components
        self.entropy = entropy
        self.weights = weights
        self.composite = composite
        self.scaling = scaling
        rowIndices = data.rowIndices
        sourceRowCount = data.sourceRowCount
        panel = nil
        unitLabels = []
        periodLabels = []
        var allNotes = data.notes + notes
        switch scaling {
        case .minmax:
            let scaled = MinMaxScaling(composite)
            index = scaled.values
            if scaled.isDegenerate {
                allNotes.append(BilingualText("The composite is the same for every row; the scaled index is 0 throughout.",
                                              chinese: "各行的综合得分相同；标准化后的指数全部为 0。"))
            }
        case .none:
            index = composite
        }
        if !costIndicators.isEmpty {
            allNotes.append(BilingualText(
                "Cost indicators entered with their sign reversed (higher is better for every indicator): \(costIndicators.joined(separator: ", ")).",
                chinese: "成本型指标取反号后进入（使每个指标都越高越好）：\(costIndicators.joined(separator: "、"))。"))
        }
        bilingualNotes = allNotes
    }

    /// Number of rows used.
    public var observationCount: Int { index.count }

    /// The index spread back to the source rows; rows that were dropped are `nan` (missing).
    public var indexForSourceRows: [Double] {
        var aligned = [Double](repeating: .nan, count: sourceRowCount)
        for (value, row) in zip(index, rowIndices) { aligned[row] = value }
        return aligned
    }
}
