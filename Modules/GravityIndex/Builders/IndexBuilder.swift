import GravityCore
import GravityLinearAlgebra

/// A method that turns several indicators into one composite index.
///
/// Implementations provide ``build(_:options:)`` on validated ``IndicatorData``; the extension
/// methods build from a dataset or a matrix. Register new methods in an ``IndexBuilderRegistry``.
public protocol IndexBuilder: Sendable {
    /// The name that selects the method (`pca`, `entropy`, `equal`), lowercase.
    var name: String { get }
    /// One line saying what the method does.
    var summary: String { get }

    /// Builds the index from validated indicators.
    func build(_ data: IndicatorData, options: IndexOptions) throws -> CompositeIndexResult
}

extension IndexBuilder {
    /// Builds the index from the columns `variables` of `dataset`; with a `panel`, each value is
    /// labelled with its unit and period.
    public func build(_ dataset: Dataset, variables: [String], panel: PanelSpecification? = nil,
                      options: IndexOptions = IndexOptions(), missing: MissingValuePolicy = .drop) throws -> CompositeIndexResult {
        let labels = try panel.map { (try dataset.column($0.unit), try dataset.column($0.time)) }
        let data = try IndicatorData(dataset: dataset, variables: variables, missing: missing)
        var result = try build(data, options: options)
        if let panel, let (units, periods) = labels {
            result.panel = panel
            result.unitLabels = data.rowIndices.map { units.text(at: $0) ?? "" }
            result.periodLabels = data.rowIndices.map { periods.text(at: $0) ?? "" }
        }
        return result
    }

    /// Builds the index from the columns of `matrix`, named `names`.
    public func build(_ matrix: Matrix, names: [String], options: IndexOptions = IndexOptions(),
                      missing: MissingValuePolicy = .drop) throws -> CompositeIndexResult {
        try build(IndicatorData(names: names, matrix: matrix, missing: missing), options: options)
    }
}
