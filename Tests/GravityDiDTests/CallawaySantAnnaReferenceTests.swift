import GravityKit
import GravityTestKit
import XCTest

/// `cs-did` against csdid 0.4.3 / moderndid 0.2.0 / differences 0.3.0 on the minimum-wage panel
/// (`did_mpdta.json`, blocks `cs_nevertreated` and `cs_notyettreated`; the three agree to 1e-16).
/// Their calls: `ATTgt(..., control_group=...).fit(est_method="dr", base_period="varying",
/// bstrap=False)` and `.aggte(typec=..., bstrap=False, cband=False)`, no covariates, analytical
/// standard errors sqrt(mean(psi^2) / n).
final class CallawaySantAnnaReferenceTests: XCTestCase {
    func testNeverTreatedControls() throws {
        try compare(control: "never", reference: try MinimumWage.reference()["models"]["cs_nevertreated"]["csdid"])
    }

    func testNotYetTreatedControls() throws {
        try compare(control: "notyet", reference: try MinimumWage.reference()["models"]["cs_notyettreated"]["csdid"])
    }

    /// With the covariate lpop (outcome regression): csdid 0.4.3, `References/make_cs_covariates.py`.
    func testOutcomeRegressionWithCovariate() throws {
        let reference = try SharedData.repositoryReference("Tests/GravityDiDTests/References/cs_covariates_mpdta.json")["models"]
        try compare(control: "never", formula: "lemp ~ lpop", reference: reference["nevertreated"])
        try compare(control: "notyet", formula: "lemp ~ lpop", reference: reference["notyettreated"])
    }

    /// The multiplier bootstrap's standard errors estimate the analytical ones (to within the
    /// simulation error of 999 draws) and its uniform critical value exceeds the pointwise 1.96.
    func testBootstrapAgreesWithAnalyticalStandardErrors() throws {
        let result = try MinimumWage.fit("cs-did", options: ["bootstrap": "999", "seed": "7"])
        guard case .array(let bands)? = section(result, "uniform_bands")?["dynamic"]?["bands"],
              case .array(let levels)? = section(result, "aggregations")?["dynamic"]?["by"] else { return XCTFail("no bands") }
        XCTAssertEqual(bands.count, levels.count)
        for (band, level) in zip(bands, levels) {
            assertClose(value(band["bootstrap_std_error"]), value(level["std_error"]), relative: 0.15, "e = \(value(level["event_time"]))")
        }
        let critical = value(section(result, "uniform_bands")?["dynamic"]?["critical_value"])
        XCTAssertTrue(critical > 1.96 && critical < 3.5, "\(critical)")
    }

    private func compare(control: String, formula: String = "lemp ~ 1", reference: ReferenceJSON) throws {
        let result = try MinimumWage.fit("cs-did", formula: formula, options: ["control": control])
        guard case .array(let cells)? = section(result, "att_gt") else { return XCTFail("no att_gt section") }
        XCTAssertEqual(cells.count, 12)
        for cell in cells {
            let key = "\(Int(value(cell["group"])))_\(Int(value(cell["time"])))"
            assertClose(value(cell["estimate"]), try reference["att_gt"][key]["att"].number(), relative: 0,
                        absolute: MinimumWage.estimateTolerance, "\(control) ATT(\(key))")
            assertClose(value(cell["std_error"]), try reference["att_gt"][key]["se"].number(), relative: MinimumWage.standardErrorTolerance,
                        "\(control) se ATT(\(key))")
        }
        let aggregations = section(result, "aggregations")
        for (name, levelKey) in [("simple", ""), ("dynamic", "event_time"), ("group", "group"), ("calendar", "time")] {
            let ours = aggregations?[name]
            let theirs = reference["aggregations"][name]
            assertClose(value(ours?["estimate"]), try theirs["overall_att"].number(), relative: 0, absolute: MinimumWage.estimateTolerance, "\(control) \(name)")
            assertClose(value(ours?["std_error"]), try theirs["overall_se"].number(), relative: MinimumWage.standardErrorTolerance, "\(control) \(name) se")
            guard !levelKey.isEmpty, case .array(let levels)? = ours?["by"] else { continue }
            XCTAssertEqual(levels.count, theirs["by"].keys.count, "\(control) \(name) levels")
            for level in levels {
                let key = String(Int(value(level[levelKey])))
                assertClose(value(level["estimate"]), try theirs["by"][key]["att"].number(), relative: 0,
                            absolute: MinimumWage.estimateTolerance, "\(control) \(name) \(key)")
                assertClose(value(level["std_error"]), try theirs["by"][key]["se"].number(), relative: MinimumWage.standardErrorTolerance,
                            "\(control) \(name) \(key) se")
            }
        }
        XCTAssertEqual(result.terms.first, "ATT")
        assertClose(result.estimates[0], try reference["aggregations"]["simple"]["overall_att"].number(), relative: 0, absolute: MinimumWage.estimateTolerance)
    }
}

/// The number in a JSON value, nan when absent.
func value(_ json: JSONValue?) -> Double {
    if case .number(let x)? = json { return x }
    return .nan
}
