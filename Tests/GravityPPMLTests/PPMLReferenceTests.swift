import GravityKit
import GravityTestKit
import XCTest

/// `ppml` against pyfixest's `fepois` (References/make_ppml_references.py wrote
/// References/ppml_references.json) and against `../shared/reference/ppml_small.json`.
///
/// Tolerances: coefficients 1e-6 relative (both sides converge to a relative deviance change of
/// 1e-10 or below, which leaves the coefficients within about 1e-9), standard errors 1e-4 in both
/// conventions, observation counts exact.
final class PPMLReferenceTests: XCTestCase {
    static let references = "Tests/GravityPPMLTests/References/ppml_references.json"
    private let tight = ["tolerance": "1e-10"]
    /// pyfixest's names for terms the reference computed as columns.
    private let ourName = ["ln_DIST": "log(DIST)", "ln_dist": "log(dist_km)"]

    private func check(_ name: String, data: Dataset, formula: String, options: [String: String] = [:],
                       file: StaticString = #filePath, line: UInt = #line) throws {
        let reference = try ReferenceJSON(repositoryFile: Self.references)["specifications"][name]
        let estimator = PPMLEstimator()
        let merged = tight.merging(options) { $1 }
        var fits: [(String, String, EstimationResult)] = []
        for convention in ["fixest", "stata"] {
            let robust = try estimator.fit(data, request: FitRequest(formula: try Formula(formula), covariance: .heteroskedastic(.hc1),
                                                                     options: merged.merging(["ssc": convention]) { $1 }))
            fits.append((convention == "fixest" ? "se_fixest_hetero" : "se_stata_robust", convention, robust))
            if let cluster = reference["cluster"].string {
                let clustered = try estimator.fit(data, request: FitRequest(formula: try Formula(formula), covariance: .cluster([cluster]),
                                                                            options: merged.merging(["ssc": convention]) { $1 }))
                fits.append(("se_\(convention)_cluster", convention, clustered))
            }
        }
        let result = fits[0].2
        XCTAssertEqual(result.nobs, Int(try reference["nobs"].number()), "\(name): nobs", file: file, line: line)
        XCTAssertEqual(Set(result.terms), Set(reference["coef"].keys.map { ourName[$0] ?? $0 }), "\(name): terms", file: file, line: line)
        for key in reference["coef"].keys {
            let term = ourName[key] ?? key
            guard result.coefficient(term) != nil else { continue }
            assertClose(result.coefficient(term)!.estimate, try reference["coef"][key].number(), relative: 1e-6, "\(name) \(term)", file: file, line: line)
            for (seKey, _, fit) in fits {
                assertClose(fit.coefficient(term)!.stdError, try reference[seKey][key].number(), relative: 1e-4, "\(name) \(seKey) \(term)", file: file, line: line)
            }
        }
        assertClose(result.statistic("deviance")!, try reference["deviance"].number(), relative: 1e-8, "\(name) deviance", file: file, line: line)
        assertClose(result.statistic("log_likelihood")!, try reference["loglik"].number(), relative: 1e-8, "\(name) loglik", file: file, line: line)
    }

    /// The values of a text column (empty text for missing ones).
    static func text(_ data: Dataset, _ name: String) throws -> [String] {
        guard case .text(let codes, let levels) = try data.column(name) else { return [] }
        return codes.map { $0 < 0 ? "" : levels[Int($0)] }
    }

    private func bookPanel(_ file: String, international: Bool) throws -> Dataset {
        let years: Set<Double> = [1986, 1990, 1994, 1998, 2002, 2006]
        let data = try DataReader.read(path: try SharedData.path("data/agtpa/\(file)"))
        let year = try data.numeric("year")
        let exporter = try Self.text(data, "exporter"), importer = try Self.text(data, "importer")
        return data.filter { years.contains(year[$0]) && (!international || exporter[$0] != importer[$0]) }
    }

    func testTraditionalGravityTwoFixedEffects() throws {
        try check("traditional_two_fe", data: try bookPanel("Chapter1Application1.csv", international: true),
                  formula: "trade ~ log(DIST) + CNTG + LANG + CLNY | exporter^year + importer^year")
    }

    func testOffset() throws {
        try check("offset_two_fe", data: try bookPanel("Chapter1Application1.csv", international: true),
                  formula: "trade ~ CNTG + LANG + CLNY + offset(log(DIST)) | exporter^year + importer^year")
    }

    func testWeights() throws {
        var data = try bookPanel("Chapter1Application1.csv", international: true)
        let cntg = try data.numeric("CNTG"), lang = try data.numeric("LANG")
        try data.addColumn("w", .numeric(zip(cntg, lang).map { 1 + $0 + $1 }))
        try check("weighted_two_fe", data: data, formula: "trade ~ log(DIST) + CNTG + CLNY | exporter^year + importer^year", options: ["weights": "w"])
    }

    func testRTAThreeFixedEffectsDropsAllZeroPairs() throws {
        try check("rta_three_fe", data: try bookPanel("agtpa_applications.csv", international: false),
                  formula: "trade ~ rta | exporter^year + importer^year + pair_id")
    }

    func testRTALeadsAndLags() throws {
        try check("rta_leads_lags_three_fe", data: try bookPanel("agtpa_applications.csv", international: false),
                  formula: "trade ~ rta_lead4 + rta + rta_lag4 + rta_lag8 + rta_lag12 | exporter^year + importer^year + pair_id")
    }

    func testFourFixedEffects() throws {
        let data = try DataReader.read(path: try SharedData.path("data/fixest_trade.csv"))
        try check("eu_four_fe", data: data, formula: "Euros ~ log(dist_km) | Origin + Destination + Product + Year")
    }

    func testSeparationByRegressorsAndFixedEffects() throws {
        let data = try DataReader.read(path: SharedData.repositoryPath("Tests/GravityPPMLTests/References/separation_example.csv"))
        try check("separation", data: data, formula: "y ~ x1 + x2 + x3 | exp + imp")
        let result = try PPMLEstimator().fit(data, request: FitRequest(formula: try Formula("y ~ x1 + x2 + x3 | exp + imp")))
        XCTAssertTrue(result.notes.contains { $0.hasPrefix("10 observation(s) dropped because their `exp` group has only zero outcomes") }, "\(result.notes)")
        XCTAssertTrue(result.notes.contains { $0.hasPrefix("9 observation(s) dropped as separated by the regressors") }, "\(result.notes)")
        XCTAssertTrue(result.notes.contains { $0.contains("`x3` omitted because of collinearity") }, "\(result.notes)")
        // The separated rows are exactly the constructed ones.
        let reason = try Self.text(data, "reason")
        for row in 0..<data.rowCount { XCTAssertEqual(result.fitted[row] == nil, !reason[row].isEmpty, "row \(row)") }
    }

    func testPublishedBorderSpecification() throws {
        let reference = try SharedData.reference("ppml_small.json")
        var data = try DataReader.read(path: try SharedData.path("data/agtpa/Chapter2Application1.csv"))
        let year = try data.numeric("year")
        data = data.filter { year[$0] == 2006 }
        let exporter = try Self.text(data, "exporter"), importer = try Self.text(data, "importer")
        try data.addColumn("INTL_BRDR", .numeric(zip(exporter, importer).map { $0 == $1 ? 0 : 1 }))
        let result = try PPMLEstimator().fit(data, request: FitRequest(formula: try Formula("trade ~ log(DIST) + CNTG + INTL_BRDR | exporter + importer"),
                                                                       covariance: .heteroskedastic(.hc1), options: ["ssc": "stata", "tolerance": "1e-10"]))
        XCTAssertEqual(result.nobs, Int(try reference["nobs"].number()))
        for (term, key) in [("log(DIST)", "ln_DIST"), ("CNTG", "CNTG"), ("INTL_BRDR", "INTL_BRDR")] {
            assertClose(result.coefficient(term)!.estimate, try reference["coef"][key].number(), relative: 1e-6, term)
            assertClose(result.coefficient(term)!.stdError, try reference["se_robust"][key].number(), relative: 1e-4, term)
        }
        assertClose(result.statistic("log_likelihood")!, try reference["loglik"].number(), relative: 1e-8, "loglik")
        assertClose(result.statistic("deviance")!, try reference["deviance"].number(), relative: 1e-8, "deviance")
    }
}
