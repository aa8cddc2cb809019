import Foundation
import GravityKit
import GravityTestKit
import XCTest

/// `ols` with absorbed fixed effects against pyfixest (`References/make_feols_references.py`,
/// which wrote `References/feols_references.json`) on the book's data, fixest's trade data and
/// Grunfeld: coefficients to 1e-8 relative, standard errors in both conventions to 1e-6, the
/// R-squared measures to 1e-8. The data are read in place from `../shared/data`; the test skips,
/// saying why, without them.
final class FeolsReferenceTests: XCTestCase {
    func testAgainstPyfixest() throws {
        let referencePath = SharedData.repositoryPath("Tests/GravityFixedEffectsTests/References/feols_references.json")
        let reference = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: referencePath))) as? [String: Any])
        let cases = try XCTUnwrap(reference["cases"] as? [[String: Any]])
        XCTAssertEqual(cases.count, 7)
        var datasets: [String: Dataset] = [:]
        for item in cases {
            let name = try XCTUnwrap(item["name"] as? String), file = try XCTUnwrap(item["file"] as? String)
            if datasets[file] == nil { datasets[file] = try DataReader.read(path: try SharedData.path("data/\(file)")) }
            var data = try XCTUnwrap(datasets[file])
            if let condition = item["where"] as? String { data = try data.selecting(where: try RowCondition(condition)) }
            let coefficients = try XCTUnwrap(item["coefficients"] as? [String: Double])
            for entry in try XCTUnwrap(item["standard_errors"] as? [[String: Any]]) {
                let vcov = try XCTUnwrap(entry["vcov"] as? String), ssc = try XCTUnwrap(entry["ssc"] as? String)
                var options = ["ssc": ssc]
                if let weights = item["weights"] as? String { options["weights"] = weights }
                let request = FitRequest(formula: try Formula(try XCTUnwrap(item["formula"] as? String)),
                                         covariance: try CovarianceSpecification(parsing: vcov == "iid" ? "classical" : vcov), options: options)
                let result = try OLSEstimator().fit(data, request: request)
                let label = "\(name), \(vcov), ssc=\(ssc)"
                XCTAssertEqual(result.nobs, item["nobs"] as? Int, label)
                XCTAssertEqual(Set(result.terms), Set(coefficients.keys), label)
                for (term, expected) in coefficients { assertClose(result.coefficient(term)!.estimate, expected, relative: 1e-8, label + " " + term) }
                for (term, expected) in try XCTUnwrap(entry["se"] as? [String: Double]) {
                    assertClose(result.coefficient(term)!.stdError, expected, relative: 1e-6, label + " SE " + term)
                }
                for key in ["r_squared", "adj_r_squared", "r_squared_within", "adj_r_squared_within"] {
                    assertClose(result.statistic(key)!, try XCTUnwrap(item[key] as? Double), relative: 1e-8, label + " " + key)
                }
            }
        }
    }
}
