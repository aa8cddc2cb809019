import Foundation
import GravityKit
import GravityTestKit
import XCTest

/// The multi-sector model reduces to the one-sector one: with one sector, and with two identical
/// sectors each holding half of every flow; and a two-country, two-sector case solved on paper.
final class SectorModelTests: XCTestCase {
    private func solver() -> GESettings {
        var settings = GESettings()
        settings.method = .solver
        settings.solverTolerance = 1e-14
        return settings
    }

    /// Every figure's change ratio `1 + pct / 100` within `tolerance` (so `1e-10` is `1e-8` percentage points).
    private func assertSame(_ a: [CountryChanges], _ b: [CountryChanges], tolerance: Double, _ label: String,
                            file: StaticString = #filePath, line: UInt = #line) {
        for (i, (x, y)) in zip(a, b).enumerated() {
            for (key, (u, v)) in zip(CountryChanges.keys, zip(x.values, y.values)) {
                assertClose(1 + u / 100, 1 + v / 100, relative: 0, absolute: tolerance, "\(label) country \(i) \(key)", file: file, line: line)
            }
        }
    }

    func testOneSectorEqualsTheOneSectorSolver() throws {
        let input = try GeneratedPanel().input()
        let single = try GECounterfactual.solve(input, settings: solver())
        let sectors = try SectorCounterfactual.solve(try SectorInputs(sectors: ["all"], inputs: [input]), settings: solver())
        assertSame(sectors.total.conditionalChanges, single.conditionalChanges, tolerance: 1e-10, "conditional")
        assertSame(try XCTUnwrap(sectors.total.fullChanges), try XCTUnwrap(single.fullChanges), tolerance: 1e-10, "full")
        assertSame(try XCTUnwrap(sectors.bySector[0].fullChanges), try XCTUnwrap(single.fullChanges), tolerance: 1e-10, "sector")
        XCTAssertLessThan(try XCTUnwrap(sectors.total.full).state.budgetResiduals.largest, 1e-12)
    }

    func testTwoIdenticalHalfSectorsReproduceOneSector() throws {
        let panel = try GeneratedPanel()
        let single = try GECounterfactual.solve(try panel.input(), settings: solver())
        let half = try panel.input(tradeScale: 0.5)
        let sectors = try SectorCounterfactual.solve(try SectorInputs(sectors: ["a", "b"], inputs: [half, half]), settings: solver())
        assertSame(sectors.total.conditionalChanges, single.conditionalChanges, tolerance: 1e-10, "conditional")
        assertSame(try XCTUnwrap(sectors.total.fullChanges), try XCTUnwrap(single.fullChanges), tolerance: 1e-10, "full")
        for k in 0..<2 {
            assertSame(try XCTUnwrap(sectors.bySector[k].fullChanges).map { var c = $0; c.realGDP = 0; return c },
                       try XCTUnwrap(single.fullChanges).map { var c = $0; c.realGDP = 0; return c }, tolerance: 1e-10, "sector \(k)")
        }
    }

    /// Two identical countries A (reference) and B, two sectors with sigma 5 and 9 and equal
    /// expenditure shares; in the baseline a share d_k of each sector's spending is domestic
    /// (d_1 = 0.8, d_2 = 0.7), t^(1-sigma) = 1 at home and (1 - d_k) / d_k abroad. The
    /// counterfactual multiplies sector 1's foreign t^(1-sigma) by tau = 1.5.
    ///
    /// On paper: by symmetry every country sells what it spends in each sector, so sector market
    /// clearing gives p_1 Y_1 = alpha_1 (p_1 Y_1 + p_2 Y_2) with Y_k = alpha_k Y, hence p_1 = p_2 = p.
    /// Sector 1's price index changes by P_1^(1-sigma_1) = p^(1-sigma_1) s with s = d_1 + (1 - d_1) tau,
    /// sector 2's by P_2 = p. The numeraire P_A = P_1^(1/2) P_2^(1/2) = 1 gives
    /// p = s^(-1 / (2 (1 - sigma_1))) = s^(1/8), and real GDP p / P_A = p: the domestic-share
    /// formula, (d_1' / d_1)^(-alpha_1 / (sigma_1 - 1)) with d_1' / d_1 = 1 / s.
    /// Sector 1 exports change by tau p / s, sector 2's by p; conditionally (p = 1, each sector's
    /// reference index fixed) sector 1 exports change by tau / s and sector 2's not at all.
    func testTwoCountriesTwoSectorsOnPaper() throws {
        func input(domestic d: Double, sigma: Double, tau: Double) throws -> GEInput {
            let foreign = (1 - d) / d
            let base = BilateralMatrix(count: 2, values: [1, foreign, foreign, 1])
            let trade = BilateralMatrix(count: 2, values: [d, 1 - d, 1 - d, d])
            let changed = BilateralMatrix(count: 2, values: [1, foreign * tau, foreign * tau, 1])
            return try GEInput(countries: ["A", "B"], trade: trade, baselineCosts: base, counterfactualCosts: changed, sigma: sigma, reference: 0)
        }
        let tau = 1.5, s = 0.8 + 0.2 * tau, p = pow(s, 1.0 / 8)
        let inputs = try SectorInputs(sectors: ["one", "two"], inputs: [try input(domestic: 0.8, sigma: 5, tau: tau),
                                                                       try input(domestic: 0.7, sigma: 9, tau: 1)])
        let outcome = try SectorCounterfactual.solve(inputs, settings: solver())
        let one = outcome.bySector[0], two = outcome.bySector[1]
        let full = try XCTUnwrap(outcome.total.fullChanges)
        for i in 0..<2 {
            assertClose(one.conditionalChanges[i].exports, 100 * (tau / s - 1), relative: 1e-12)
            assertClose(two.conditionalChanges[i].exports, 0, relative: 0, absolute: 1e-12)
            assertClose(try XCTUnwrap(one.fullChanges)[i].price, 100 * (p - 1), relative: 1e-11)
            assertClose(try XCTUnwrap(two.fullChanges)[i].price, 100 * (p - 1), relative: 1e-11)
            assertClose(try XCTUnwrap(one.fullChanges)[i].exports, 100 * (tau * p / s - 1), relative: 1e-11)
            assertClose(try XCTUnwrap(two.fullChanges)[i].exports, 100 * (p - 1), relative: 1e-11)
            assertClose(full[i].price, 100 * (p - 1), relative: 1e-11)
            assertClose(full[i].inwardResistance, 0, relative: 0, absolute: 1e-11)
            assertClose(full[i].realGDP, 100 * (pow(1 / s, -0.5 / 4) - 1), relative: 1e-11)
            assertClose(full[i].exports, 100 * ((0.2 * tau * p / s + 0.3 * p) / 0.5 - 1), relative: 1e-11)
        }
    }

    /// With estimated costs, the bootstrap redraws every sector's coefficients (each from its own
    /// fit) and solves the sectors jointly for each draw.
    func testBootstrapRedrawsEverySector() throws {
        let panel = try GeneratedPanel()
        var data = panel.data
        let rows = data.rowCount
        data = data.selecting(rows: Array(0..<rows) + Array(0..<rows))
        try data.setColumn("sector", .text((0..<(2 * rows)).map { $0 < rows ? "goods" : "services" }))
        let trade = try data.numeric("trade")
        try data.setColumn("trade", .numeric(trade.enumerated().map { $0.offset < rows ? 0.6 * $0.element : 0.4 * $0.element }))
        var specification = GEDataSpecification(exporter: "exporter", importer: "importer", trade: "trade",
                                                costs: .estimated(terms: "ln_dist + contiguity + border + pta", scenario: [try ScenarioChange(parsing: "pta=1")]))
        specification.sector = "sector"
        specification.sectorSigmas = ["goods": 5]
        let analysis = try GEAnalysis(data, specification: specification, settings: solver(), registry: EstimatorRegistry.standard(), bootstrap: 6, seed: 3)
        let sectors = try XCTUnwrap(analysis.sectors)
        XCTAssertEqual(sectors.sectors, ["goods", "services"])
        XCTAssertEqual(sectors.prepared.map(\.input.sigma), [5, 7])
        let bootstrap = try XCTUnwrap(analysis.bootstrap)
        XCTAssertEqual(bootstrap.draws, 6)
        XCTAssertEqual(bootstrap.failed, 0)
        for interval in try XCTUnwrap(bootstrap.full).joined() {
            XCTAssertTrue(interval.lowerBound.isFinite && interval.upperBound.isFinite)
        }
    }
}
