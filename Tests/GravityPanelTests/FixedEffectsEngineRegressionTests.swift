import GravityKit
import GravityTestKit
import XCTest

/// `fe` on the fixed-effects engine against the outputs of its former dense implementation
/// (exact group means; two-way effects by projecting out the period dummies through a dense
/// Gram matrix), frozen in `References/fe_dense_outputs.json` by `make_fe_dense_outputs.py`:
/// Grunfeld balanced and unbalanced, produc, and the unbalanced empluk panel, one-way and
/// two-way, classical and clustered. Every number agrees to 1e-10 relative; p-values, which
/// amplify the rounding of large statistics, to 1e-8.
final class FixedEffectsEngineRegressionTests: XCTestCase {
    private static let tolerance = 1e-10
    private static let pValueTolerance = 1e-8

    private func data(_ name: String) throws -> Dataset {
        switch name {
        case "grunfeld": return try Grunfeld.data()
        case "grunfeld_unbalanced": return try Grunfeld.unbalanced()
        default: return try DataReader.read(path: try SharedData.path("data/\(name).csv"))
        }
    }

    func testEveryCaseMatchesTheDenseImplementation() throws {
        let cases = try ReferenceJSON(repositoryFile: "Tests/GravityPanelTests/References/fe_dense_outputs.json")["cases"]
        XCTAssertEqual(cases.keys.count, 11)
        for id in cases.keys.sorted() {
            let expected = cases[id], call = expected["call"]
            let dataName = try XCTUnwrap(call["data"].string)
            let request = FitRequest(formula: try Formula(try XCTUnwrap(call["formula"].string)),
                                     panel: PanelSpecification(unit: try XCTUnwrap(call["id"].string), time: try XCTUnwrap(call["time"].string)),
                                     covariance: try CovarianceSpecification(parsing: try XCTUnwrap(call["vcov"].string)),
                                     options: ["effect": try XCTUnwrap(call["effect"].string)])
            let result = try EstimatorRegistry.standard().estimator(named: "fe").fit(try data(dataName), request: request)
            try compare(result, expected, id)
        }
    }

    private func compare(_ result: EstimationResult, _ expected: ReferenceJSON, _ id: String) throws {
        XCTAssertEqual(Set(result.terms), Set(expected["coefficients"].keys), id)
        for term in result.terms {
            let row = try XCTUnwrap(result.coefficient(term)), reference = expected["coefficients"][term]
            for (k, (actual, what)) in [(row.estimate, "estimate"), (row.stdError, "standard error"), (row.statistic, "statistic")].enumerated() {
                assertClose(actual, try reference[k].number(), relative: Self.tolerance, "\(id): \(what) of \(term)")
            }
            assertClose(row.pValue, try reference[3].number(), relative: Self.pValueTolerance, "\(id): p-value of \(term)")
        }
        for name in expected["statistics"].keys {
            let actual = try XCTUnwrap(result.statistic(name), "\(id): statistic \(name)")
            assertClose(actual, try expected["statistics"][name].number(), relative: Self.tolerance, absolute: 1e-9, "\(id): \(name)")
        }
        XCTAssertEqual(Set(result.tests.map(\.name)), Set(expected["tests"].keys), id)
        for test in result.tests {
            assertClose(test.statistic, try expected["tests"][test.name][0].number(), relative: Self.tolerance, "\(id): \(test.name)")
            assertClose(test.pValue, try expected["tests"][test.name][1].number(), relative: Self.pValueTolerance, "\(id): p-value of \(test.name)")
        }
        let effects = PanelEffects(result)
        for (key, actual) in [("unit_effects", effects?.unit ?? [:]), ("time_effects", effects?.time ?? [:])] {
            let reference = expected[key]
            XCTAssertEqual(Set(actual.keys), Set(reference.keys), "\(id): \(key)")
            let scale = try reference.keys.map { abs(try reference[$0].number()) }.max() ?? 0
            for label in reference.keys {
                assertClose(try XCTUnwrap(actual[label]), try reference[label].number(), relative: Self.tolerance,
                            absolute: Self.tolerance * scale, "\(id): \(key)[\(label)]")
            }
        }
    }
}
