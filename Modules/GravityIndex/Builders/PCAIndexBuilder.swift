import Foundation
import GravityCore

/// The principal-component index: standardise, eigen-decompose the correlation matrix, keep
/// components (Kaiser rule by default), weight each kept component by its share of the kept
/// variance and sum the weighted component scores.
///
/// A singular correlation matrix is refused with the dependent indicators named, since the KMO
/// measure needs its inverse.
public struct PCAIndexBuilder: IndexBuilder {
    /// `pca`.
    public let name = "pca"
    /// One line for listings.
    public let summary = "principal components (KMO, Bartlett, Kaiser rule), weighted by share of variance"

    /// The builder.
    public init() {}

    /// Builds the index; see the type's description.
    public func build(_ data: IndicatorData, options: IndexOptions) throws -> CompositeIndexResult {
        let oriented = try data.oriented(costIndicators: options.costIndicators)
        let diagnostics = IndexDiagnostics(oriented)
        if let singularity = diagnostics.singularity { throw GravityError.numerical(singularity.description) }
        let components = try PrincipalComponents(oriented, diagnostics: diagnostics, retention: options.retention)
        var notes = components.notes
        if let kmo = diagnostics.kmo, kmo.overall < 0.5 {
            let value = String(format: "%.3f", kmo.overall)
            notes.append(BilingualText("KMO is \(value) (below 0.5): the indicators share too little variance for components to summarise them well.",
                                       chinese: "KMO 为 \(value)（低于 0.5）：各指标的共同方差太少，主成分难以很好地概括它们。"))
        }
        if let bartlett = diagnostics.bartlett, bartlett.pValue > 0.05 {
            let p = String(format: "%.3g", bartlett.pValue)
            notes.append(BilingualText("Bartlett's test does not reject sphericity (p = \(p)): the indicators may be uncorrelated.",
                                       chinese: "Bartlett 检验未拒绝球形假设（p = \(p)）：各指标可能互不相关。"))
        }
        let weights = components.weights.enumerated().map { IndexWeight(label: "PC\($0.offset + 1)", value: $0.element) }
        return CompositeIndexResult(method: name, data: oriented, costIndicators: options.costIndicators, diagnostics: diagnostics,
                                    components: components, weights: weights, composite: components.composite,
                                    scaling: options.scaling, notes: notes)
    }
}
