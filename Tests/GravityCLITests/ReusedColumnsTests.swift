import Foundation
import GravityTestKit
import XCTest

/// `gravity fit` frees each column of the data after its last reader; formulas that read one
/// column in several places (two regressors, a fixed effect and the clusters, two combinations
/// `a^b` and the clusters, weights and a regressor, an offset and a regressor) still match
/// pyfixest on fixest's trade data (`References/make_reused_columns.py` wrote
/// `References/reused_columns.json`): coefficients to 1e-8 relative for `ols` and 1e-6 for
/// `ppml`, standard errors (fixest's ssc) to 1e-6 and 1e-4, observations exactly.
final class ReusedColumnsTests: XCTestCase {
    func testFormulasReadingAColumnTwiceMatchPyfixest() throws {
        let data = try SharedData.path("data/fixest_trade.csv")
        let path = SharedData.repositoryPath("Tests/GravityCLITests/References/reused_columns.json")
        let reference = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
        let cases = try XCTUnwrap(reference["cases"] as? [[String: Any]])
        XCTAssertEqual(cases.count, 3)
        for item in cases {
            let name = try XCTUnwrap(item["name"] as? String), model = try XCTUnwrap(item["model"] as? String)
            var arguments = ["fit", data, "--model", model, "--formula", try XCTUnwrap(item["formula"] as? String),
                             "--vcov", try XCTUnwrap(item["vcov"] as? String), "--format", "json"]
            if let weights = item["weights"] as? String { arguments += ["--option", "weights=\(weights)"] }
            let run = try CommandRunner.gravity(arguments)
            XCTAssertEqual(run.status, 0, "\(name): \(run.stderr)")
            guard run.status == 0 else { continue }
            let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
            XCTAssertEqual(object["nobs"] as? Int, item["nobs"] as? Int, name)
            let rows = try XCTUnwrap(object["coefficients"] as? [[String: Any]])
            let (coefficientTolerance, errorTolerance) = model == "ppml" ? (1e-6, 1e-4) : (1e-8, 1e-6)
            let errors = try XCTUnwrap(item["standard_errors"] as? [String: Double])
            for (term, expected) in try XCTUnwrap(item["coefficients"] as? [String: Double]) {
                let row = try XCTUnwrap(rows.first { $0["term"] as? String == term }, "\(name): no term \(term)")
                assertClose(try XCTUnwrap(row["estimate"] as? Double), expected, relative: coefficientTolerance, "\(name) \(term)")
                assertClose(try XCTUnwrap(row["std_error"] as? Double), try XCTUnwrap(errors[term]), relative: errorTolerance, "\(name) SE \(term)")
            }
        }
    }
}
