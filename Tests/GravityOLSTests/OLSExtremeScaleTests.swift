import GravityKit
import GravityTestKit
import XCTest

/// Least squares at extreme scales: scale-equivariant wherever the answer is representable
/// (against R's Grunfeld numbers, divided by the scale), otherwise an error naming the column,
/// never infinite or missing estimates with success.
final class OLSExtremeScaleTests: XCTestCase {
    private let terms = ["(Intercept)", "value", "capital"]

    private func grunfeld(scaling column: String, by factor: Double) throws -> Dataset {
        var data = try DataReader.read(path: SharedData.repositoryPath("Examples/Data/grunfeld.csv"))
        try data.setColumn(column, .numeric(try data.numeric(column).map { $0 * factor }))
        return data
    }

    private func fit(_ data: Dataset, _ formula: String = "inv ~ value + capital", covariance: CovarianceSpecification = .classical) throws -> EstimationResult {
        try OLSEstimator().fit(data, request: FitRequest(formula: try Formula(formula), covariance: covariance))
    }

    /// `value` times 1e150 (its sum of squares overflows) and `capital` times 1e-150: R's
    /// coefficients and standard errors (classical, HC1, clustered by firm) divided by the factors.
    func testScaledRegressorsMatchRDividedByTheScale() throws {
        let ref = try SharedData.reference("panel_grunfeld.json")["models"].element(withID: "pooled_ols")
        var data = try grunfeld(scaling: "value", by: 1e150)
        try data.setColumn("capital", .numeric(try data.numeric("capital").map { $0 * 1e-150 }))
        let scale = ["(Intercept)": 1.0, "value": 1e150, "capital": 1e-150]
        let result = try fit(data)
        XCTAssertEqual(result.terms, terms)
        for term in terms {
            let row = try XCTUnwrap(result.coefficient(term))
            assertClose(row.estimate, try ref["coefficients"][term].number() / scale[term]!, relative: 1e-8, term)
            assertClose(row.stdError, try ref["se"][term].number() / scale[term]!, relative: 1e-8, term)
        }
        let unscaled = try fit(try DataReader.read(path: SharedData.repositoryPath("Examples/Data/grunfeld.csv")), covariance: .cluster(["firm"]))
        for covariance in [CovarianceSpecification.heteroskedastic(.hc1), .cluster(["firm"])] {
            let base = try fit(try DataReader.read(path: SharedData.repositoryPath("Examples/Data/grunfeld.csv")), covariance: covariance)
            let scaled = try fit(data, covariance: covariance)
            for term in terms {
                assertClose(scaled.coefficient(term)!.stdError, base.coefficient(term)!.stdError / scale[term]!, relative: 1e-10, "\(covariance) \(term)")
            }
        }
        XCTAssertEqual(unscaled.nobs, 200)
    }

    func testUnrepresentableVarianceNamesTheColumn() throws {
        for factor in [1e-200, 1e300] {
            XCTAssertThrowsError(try fit(try grunfeld(scaling: "value", by: factor)), "factor \(factor)") { error in
                XCTAssertTrue("\(error)".contains("coefficient of `value` is beyond the range of double precision"), "\(error)")
            }
        }
    }

    func testOneCorruptedCellNeverGivesMissingEstimates() throws {
        var data = try DataReader.read(path: SharedData.repositoryPath("Examples/Data/grunfeld.csv"))
        var capital = try data.numeric("capital")
        capital[17] = 1e308
        try data.setColumn("capital", .numeric(capital))
        XCTAssertThrowsError(try fit(data)) { error in
            XCTAssertTrue("\(error)".contains("`capital` has values up to 1e+308"), "\(error)")
        }
        var response = try data.numeric("inv")
        response[17] = 1e308
        var corruptResponse = try DataReader.read(path: SharedData.repositoryPath("Examples/Data/grunfeld.csv"))
        try corruptResponse.setColumn("inv", .numeric(response))
        XCTAssertThrowsError(try fit(corruptResponse)) { error in
            XCTAssertTrue("\(error)".contains("residual sum of squares overflows") && "\(error)".contains("`inv`"), "\(error)")
        }
    }
}
