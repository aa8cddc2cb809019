// Step 5 of the tutorial: trade costs built as columns from a panel PPML with pair fixed effects,
// as the book's NAFTA application builds them, then given to the counterfactual.
import Foundation
import GravityKit

/// The 2006 rows of `panel` with two cost columns, `t_bln` and `t_cfl` (values of t^(1-sigma)):
/// `exp(pair effect + b_RTA * RTA)` and the same with `RTA_NO_NAFTA`.
///
/// The pair effects come from `trade ~ RTA | exporter^year + importer^year + exporter^importer`
/// on the panel (what `gravity fit --model ppml --predictions` writes as the column
/// `fe_exporter^importer`). Pairs that never trade have no estimable pair effect (PPML drops them
/// as separated); theirs is filled from a gravity regression of the estimated effects,
/// `exp(pair effect) ~ log(DIST) + CNTG + LANG + CLNY + INTL_BRDR | exporter + importer` on the
/// 2006 pairs that have one, predicted from its coefficients and the two countries' effects.
struct PairEffectCosts {
    /// The 2006 rows with `t_bln` and `t_cfl`.
    var data: Dataset
    /// The panel's RTA coefficient.
    var rta: Double
    /// Pairs whose effect was filled from the gravity regression.
    var filled: Int

    init(panel: Dataset, registry: EstimatorRegistry) throws {
        let ppml = try registry.estimator(named: "ppml")
        let fit = try ppml.fit(panel, request: FitRequest(formula: try Formula("trade ~ RTA | exporter^year + importer^year + exporter^importer")))
        let rta = try required(fit.coefficient("RTA")?.estimate, "RTA")
        let pairDimension = try required(fit.fixedEffects.firstIndex { $0.name == "exporter^importer" }, "pair effects")
        let years = try panel.numeric("year")
        var latest = panel.filter { years[$0] == 2006 }
        let pairEffect = fit.fixedEffectValues[pairDimension].enumerated().filter { years[$0.offset] == 2006 }.map { $0.element ?? .nan }
        try latest.setColumn("pair_effect", .numeric(pairEffect.map { $0.isNaN ? .nan : exp($0) }))
        let gravity = try ppml.fit(latest, request: FitRequest(formula: try Formula("pair_effect ~ log(DIST) + CNTG + LANG + CLNY + INTL_BRDR | exporter + importer")))
        let terms = ["log(DIST)", "CNTG", "LANG", "CLNY", "INTL_BRDR"]
        let b = try terms.map { try required(gravity.coefficient($0)?.estimate, $0) }
        let exporters = try latest.column("exporter"), importers = try latest.column("importer")
        var exporterEffect: [String: Double] = [:], importerEffect: [String: Double] = [:]
        for row in 0..<latest.rowCount {
            if let value = gravity.fixedEffectValues[0][row] { exporterEffect[exporters.text(at: row)!] = value }
            if let value = gravity.fixedEffectValues[1][row] { importerEffect[importers.text(at: row)!] = value }
        }
        let columns = try ["DIST", "CNTG", "LANG", "CLNY", "INTL_BRDR"].map { try latest.numeric($0) }
        var logEffect = pairEffect
        var filled = 0
        for row in 0..<latest.rowCount where logEffect[row].isNaN {
            guard let o = exporterEffect[exporters.text(at: row)!], let d = importerEffect[importers.text(at: row)!] else {
                throw GravityError.numerical("No country effect to fill the pair effect of data row \(row + 1).")
            }
            let x = [log(columns[0][row])] + columns[1...].map { $0[row] }
            logEffect[row] = zip(b, x).reduce(o + d) { $0 + $1.0 * $1.1 }
            filled += 1
        }
        let agreement = try latest.numeric("RTA"), without = try latest.numeric("RTA_NO_NAFTA")
        try latest.setColumn("t_bln", .numeric((0..<latest.rowCount).map { exp(logEffect[$0] + rta * agreement[$0]) }))
        try latest.setColumn("t_cfl", .numeric((0..<latest.rowCount).map { exp(logEffect[$0] + rta * without[$0]) }))
        data = latest
        self.rta = rta
        self.filled = filled
    }
}

/// The value, or an error naming what the fit did not report.
private func required<T>(_ value: T?, _ what: String) throws -> T {
    guard let value else { throw GravityError.numerical("The fit reports no \(what).") }
    return value
}
