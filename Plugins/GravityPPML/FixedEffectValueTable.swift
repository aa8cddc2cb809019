import GravityCore
import GravityFixedEffects

/// The estimated fixed effects of a `ppml` fit, one row per level of every dimension: what the
/// JSON section `fixed_effect_values` holds (`--option fixed_effects=true`) and what structural
/// gravity reads as multilateral resistances (exporter^year effects are log outward, importer^year
/// effects log inward multilateral resistance terms, up to the normalisation).
///
/// Normalisation (the engine's, as fixest): the first dimension's effects are free; in the second,
/// the first level of each connected component is zero; in every further dimension the first
/// level is zero. Sums of a row's effects do not depend on it.
public struct FixedEffectValueTable: Sendable, Equatable {
    /// One estimated effect.
    public struct Row: Sendable, Equatable {
        /// The dimension as written after `|` (`exporter^year`).
        public var dimension: String
        /// The level's label (`ARG_1986` for an interaction, as the engine labels it).
        public var level: String
        /// The effect on the linear predictor (log scale).
        public var value: Double
    }

    /// Every level of every dimension, dimensions in formula order, levels in sorted order.
    public var rows: [Row]

    init(_ values: FixedEffectValues) {
        rows = zip(values.dimensions, values.values).flatMap { dimension, effects in
            zip(dimension.levels, effects).map { Row(dimension: dimension.name, level: $0, value: $1) }
        }
    }

    /// The table of a `ppml` result fitted with `fixed_effects=true`; nil when the result has none.
    public init?(result: EstimationResult) {
        guard let section = result.extraSections.first(where: { $0.0 == "fixed_effect_values" })?.1,
              case .array(let entries) = section else { return nil }
        rows = entries.compactMap { entry in
            guard case .string(let dimension)? = entry["dimension"], case .string(let level)? = entry["level"],
                  case .number(let value)? = entry["value"] else { return nil }
            return Row(dimension: dimension, level: level, value: value)
        }
    }

    /// The effects of one dimension by level label.
    public func values(of dimension: String) -> [String: Double] {
        Dictionary(rows.filter { $0.dimension == dimension }.map { ($0.level, $0.value) }, uniquingKeysWith: { first, _ in first })
    }

    var json: JSONValue {
        .array(rows.map { .object([("dimension", .string($0.dimension)), ("level", .string($0.level)), ("value", .number($0.value))]) })
    }
}
