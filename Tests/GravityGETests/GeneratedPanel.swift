import Foundation
import GravityKit
import GravityTestKit
import XCTest

/// The generated 12-country panel of References/make_gegravity_onesector.py with its given costs
/// (`exp(-0.8 ln_dist + 0.4 contiguity - 2.2 border + 0.6 pta)`, sigma 5, reference DEU) and the
/// counterfactual agreement among CHN, KAZ and UZB.
struct GeneratedPanel {
    static let folder = "Tests/GravityGETests/References/"
    static let coefficients = ["ln_dist": -0.8, "contiguity": 0.4, "border": -2.2, "pta": 0.6]

    /// gegravity's figures on the panel.
    let reference: ReferenceJSON
    /// The panel.
    let data: Dataset

    init() throws {
        reference = try SharedData.repositoryReference(Self.folder + "gegravity_onesector.json")
        data = try DataReader.read(path: SharedData.repositoryPath(Self.folder + "gegravity_panel.csv"))
        for (term, value) in Self.coefficients { XCTAssertEqual(try reference["coefficients"][term].number(), value) }
    }

    /// Baseline and counterfactual `t^(1-sigma)` per data row.
    func costs() throws -> (baseline: [Double], counterfactual: [Double]) {
        let agreement = Set(try reference["agreement"].array.map { try XCTUnwrap($0.string) })
        let exporters = try data.column("exporter"), importers = try data.column("importer")
        var index = [Double](repeating: 0, count: data.rowCount), changed = index
        for (term, b) in Self.coefficients {
            let values = try data.numeric(term)
            for row in 0..<data.rowCount {
                index[row] += b * values[row]
                let o = exporters.text(at: row)!, d = importers.text(at: row)!
                let inside = term == "pta" && o != d && agreement.contains(o) && agreement.contains(d)
                changed[row] += b * (inside ? 1 : values[row])
            }
        }
        return (index.map(exp), changed.map(exp))
    }

    /// The panel as a one-sector input; `tradeScale` multiplies every flow.
    func input(tradeScale: Double = 1) throws -> GEInput {
        let layout = try BilateralLayout(data, exporter: "exporter", importer: "importer")
        let (baseline, counterfactual) = try costs()
        return try GEInput(countries: layout.countries, trade: try layout.matrix(try data.numeric("trade").map { $0 * tradeScale }, label: "trade"),
                           baselineCosts: try layout.matrix(baseline, label: "cost"),
                           counterfactualCosts: try layout.matrix(counterfactual, label: "counterfactual cost"),
                           sigma: try reference["sigma"].number(), reference: try layout.index(of: try XCTUnwrap(reference["reference"].string)))
    }
}
