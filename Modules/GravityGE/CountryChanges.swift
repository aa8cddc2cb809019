import Foundation

/// Percentage changes of one country's figures from the baseline to a counterfactual, defined as
/// in the book (`100 * (new / old - 1)`; resistances as `Pi` and `P`, i.e. the book's power
/// form raised to `1 / (1 - sigma)`).
public struct CountryChanges: Sendable, Equatable {
    /// Exports (sales to other countries).
    public var exports: Double
    /// Imports (purchases from other countries).
    public var imports: Double
    /// Domestic sales.
    public var domestic: Double
    /// Outward multilateral resistance `Pi`.
    public var outwardResistance: Double
    /// Inward multilateral resistance `P` (0 for the reference country).
    public var inwardResistance: Double
    /// Factory-gate price (0 in the conditional scenario).
    public var price: Double
    /// Real GDP `Y / P`, the welfare measure (0 in the conditional scenario).
    public var realGDP: Double

    /// The JSON keys of the figures, in the order of ``values``.
    public static let keys = ["exports_pct", "imports_pct", "domestic_pct", "omr_pct", "imr_pct", "price_pct", "real_gdp_pct"]

    /// The figures in the order of ``keys``.
    public var values: [Double] { [exports, imports, domestic, outwardResistance, inwardResistance, price, realGDP] }

    /// The changes of every country from `baseline` to `state`; `priceChange` is `nil` for the
    /// conditional scenario (outputs fixed).
    static func all(baseline: StructuralState, state: StructuralState, priceChange: [Double]?, sigma: Double) -> [CountryChanges] {
        let power = 1 / (1 - sigma)
        let x0 = baseline.exports, x1 = state.exports, m0 = baseline.imports, m1 = state.imports
        let d0 = baseline.domestic, d1 = state.domestic
        return baseline.output.indices.map { i in
            let pi = pow(state.outwardResistance[i] / baseline.outwardResistance[i], power)
            let p = pow(state.inwardResistance[i] / baseline.inwardResistance[i], power)
            let real = (state.output[i] / pow(state.inwardResistance[i], power)) / (baseline.output[i] / pow(baseline.inwardResistance[i], power))
            return CountryChanges(exports: percent(x1[i] / x0[i]), imports: percent(m1[i] / m0[i]), domestic: percent(d1[i] / d0[i]),
                                  outwardResistance: percent(pi), inwardResistance: percent(p),
                                  price: priceChange.map { percent($0[i]) } ?? 0, realGDP: priceChange == nil ? 0 : percent(real))
        }
    }

    private static func percent(_ ratio: Double) -> Double { 100 * (ratio - 1) }
}
