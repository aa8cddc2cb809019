import Foundation
import GravityKit
import GravityTestKit
import XCTest

/// The book's Chapter 2 Application 1 (removing international borders, 2006, sigma 7) from
/// `../shared/data/agtpa/1_TradeWithoutBorder.csv`, with the reference's own coefficients turned
/// into costs, so that these tests check the general-equilibrium steps alone.
struct BookBorderRemoval {
    /// The data as read.
    let data: Dataset
    /// The reference file.
    let reference: ReferenceJSON
    /// The reference's cost coefficients (ln_DIST, CNTG, INTL_BRDR).
    let coefficients: [Double]

    /// Loads the data and reference, or skips when `../shared` is absent.
    init() throws {
        reference = try SharedData.reference("ge_border_removal.json")
        data = try DataReader.read(path: try SharedData.path("data/agtpa/1_TradeWithoutBorder.csv"))
        let coef = reference["step_I_baseline"]["coef"]
        coefficients = [try coef["ln_DIST"].number(), try coef["CNTG"].number(), try coef["INTL_BRDR"].number()]
    }

    /// The input with costs `exp(b_DIST ln_DIST + b_CNTG CNTG [+ b_BRDR INTL_BRDR])`.
    func input() throws -> GEInput {
        let layout = try BilateralLayout(data, exporter: "exporter", importer: "importer")
        let dist = try data.numeric("ln_DIST"), cntg = try data.numeric("CNTG"), border = try data.numeric("INTL_BRDR")
        let b = coefficients
        let t0 = (0..<data.rowCount).map { exp(b[0] * dist[$0] + b[1] * cntg[$0] + b[2] * border[$0]) }
        let t1 = (0..<data.rowCount).map { exp(b[0] * dist[$0] + b[1] * cntg[$0]) }
        return try GEInput(countries: layout.countries, trade: try layout.matrix(try data.numeric("trade"), label: "trade"),
                           baselineCosts: try layout.matrix(t0, label: "cost"), counterfactualCosts: try layout.matrix(t1, label: "cost"),
                           sigma: 7, reference: try layout.index(of: "ZZZ"))
    }

    /// The reference block of `country` (ZZZ is reported as DEU).
    func country(_ label: String) -> ReferenceJSON {
        reference["countries"][label == "ZZZ" ? "DEU" : label]
    }
}
