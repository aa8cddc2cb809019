import GravityKit
import GravityTestKit
import XCTest

/// The index diagnostics do not depend on the indicators' units: with one indicator times
/// 1e300 and another times 1e-250, KMO and Bartlett match R (psych 2.2.9, in
/// `../shared/reference/pca_usjudgeratings.json`) and the correlation matrix is not "singular".
final class IndexDiagnosticsScaleTests: XCTestCase {
    private static let variables = ["CONT", "INTG", "DMNR", "DILG", "CFMG", "DECI", "PREP", "FAMI", "ORAL", "WRIT", "PHYS", "RTEN"]

    func testExtremeIndicatorScalesLeaveTheDiagnosticsUnchanged() throws {
        var data = try DataReader.read(path: SharedData.repositoryPath("Examples/Data/usjudgeratings.csv"))
        try data.setColumn("CONT", .numeric(try data.numeric("CONT").map { $0 * 1e300 }))
        try data.setColumn("INTG", .numeric(try data.numeric("INTG").map { $0 * 1e-250 }))
        let result = try PCAIndexBuilder().build(data, variables: Self.variables)
        XCTAssertNil(result.diagnostics.singularity)
        let ref = try SharedData.reference("pca_usjudgeratings.json")["tests"]
        let kmo = try XCTUnwrap(result.diagnostics.kmo)
        assertClose(kmo.overall, try ref.element(withID: "kmo")["overall_msa"].number(), relative: 0, absolute: 1e-6, "overall KMO")
        let bartlett = try XCTUnwrap(result.diagnostics.bartlett)
        assertClose(bartlett.statistic, try ref.element(withID: "bartlett_sphericity")["chisq"].number(), relative: 0, absolute: 1e-6, "Bartlett")
        XCTAssertTrue(result.diagnostics.standardDeviations.allSatisfy { $0.isFinite && $0 > 0 })
    }
}
