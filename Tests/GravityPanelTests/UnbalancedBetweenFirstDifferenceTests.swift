import GravityKit
import GravityTestKit
import XCTest

/// `be` and `fd` on the unbalanced Grunfeld panel. R setup as in ``UnbalancedFixedEffectsTests``.
final class UnbalancedBetweenFirstDifferenceTests: XCTestCase {
    func testBetweenMatchesPlm() throws {
        // summary(plm(f, data = pu, model = "between"))$coefficients and $r.squared
        let result = try Grunfeld.fit("be", data: try Grunfeld.unbalanced())
        assertRows(result, ["(Intercept)": (0.7287681556987942, 47.7687388629232856, 0.0152561732431342, 0.98825352821715695),
                            "value": (0.1346093329218332, 0.0274614547719729, 4.9017553527140585, 0.00174961961105003),
                            "capital": (-0.0091665411737862, 0.1866598220522740, -0.0491082712551773, 0.96220483126748446)])
        assertClose(result.statistic("r_squared")!, 0.843216959971717, relative: Grunfeld.tolerance)
        assertClose(result.statistic("adj_r_squared")!, 0.798421805677921, relative: Grunfeld.tolerance)
    }

    /// Gaps are not bridged. plm's own `fd` model differences consecutive rows across gaps, so the
    /// reference is least squares on plm's time-aware differences, which are missing across a gap:
    /// `pu$d_inv <- diff(pu$inv); pu$d_value <- diff(pu$value); pu$d_capital <- diff(pu$capital)`;
    /// `fdl <- lm(d_inv ~ d_value + d_capital, data = as.data.frame(pu))`, printed with
    /// `summary(fdl)$coefficients`, `summary(fdl)$r.squared`, `summary(fdl)$adj.r.squared`,
    /// `deviance(fdl)` and `nobs(fdl)`.
    func testFirstDifferencesDoNotBridgeGaps() throws {
        let result = try Grunfeld.fit("fd", data: try Grunfeld.unbalanced())
        assertRows(result, ["(Intercept)": (7.4814982273984532, 3.05013511644088853, 2.45284157645068, 1.51770698914735e-02),
                            "value": (0.0809439690858444, 0.00875202055509129, 9.24860363116459, 9.06383509300723e-17),
                            "capital": (-0.0801998627764774, 0.06194180911019518, -1.29476138860912, 1.97148090374661e-01)])
        assertClose(result.statistic("r_squared")!, 0.384277537703985, relative: Grunfeld.tolerance)
        assertClose(result.statistic("adj_r_squared")!, 0.377076105396429, relative: Grunfeld.tolerance)
        assertClose(residualSumOfSquares(result), 190099.573139868, relative: Grunfeld.tolerance)
        XCTAssertEqual(result.nobs, 174)
        XCTAssertTrue(result.notes.contains { $0.hasPrefix("5 pair(s) of a unit's consecutive rows are more than one period apart") }, "\(result.notes)")
    }
}
