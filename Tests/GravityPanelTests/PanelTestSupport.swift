import GravityKit
import GravityTestKit
import XCTest

/// The Grunfeld panel (10 firms x 20 years) and the reference values R's plm computed on it
/// (`../shared/reference/panel_grunfeld.json`).
enum Grunfeld {
    /// Reference numbers carry 15 significant digits; the estimators are closed forms, so the
    /// agreement asked for is 1e-6 relative and what is reached is far tighter.
    static let tolerance = 1e-6
    /// The formula of every reference model.
    static let formula = "inv ~ value + capital"
    /// The panel declaration.
    static let panel = PanelSpecification(unit: "firm", time: "year")
    /// Rows (1-based, file order) deleted to build the unbalanced panel: gaps inside firms 1, 4,
    /// 8 and 10, and missing first or last years for firms 2, 3 and 6 (189 rows remain). The R
    /// calls beside unbalanced reference values use `ub <- df[-c(3, 18, 19, 40, 41, 42, 77, 120, 151, 152, 199), ]`
    /// and `pu <- pdata.frame(ub, index = c("firm", "year"))`.
    static let deletedRows = [3, 18, 19, 40, 41, 42, 77, 120, 151, 152, 199]

    /// The balanced panel, from the repository's copy of the data.
    static func data() throws -> Dataset {
        try DataReader.read(path: SharedData.repositoryPath("Examples/Data/grunfeld.csv"))
    }

    /// The unbalanced panel with ``deletedRows`` removed.
    static func unbalanced() throws -> Dataset {
        let deleted = Set(deletedRows.map { $0 - 1 })
        return try data().filter { !deleted.contains($0) }
    }

    /// A registered model fitted on `data` (the balanced panel by default).
    static func fit(_ model: String, covariance: CovarianceSpecification = .classical, options: [String: String] = [:],
                    data: Dataset? = nil) throws -> EstimationResult {
        let request = FitRequest(formula: try Formula(formula), panel: panel, covariance: covariance, options: options)
        return try EstimatorRegistry.standard().estimator(named: model).fit(data ?? self.data(), request: request)
    }

    /// The reference model with `id`.
    static func reference(_ id: String) throws -> ReferenceJSON {
        try SharedData.reference("panel_grunfeld.json")["models"].element(withID: id)
    }

    /// The reference test with `id`.
    static func referenceTest(_ id: String) throws -> ReferenceJSON {
        try SharedData.reference("panel_grunfeld.json")["tests"].element(withID: id)
    }
}

/// Asserts that `result`'s coefficient table matches a reference block holding `coefficients`
/// (or none, when only standard errors are given), `se`, `t` and `p` objects keyed by term.
func assertTable(_ result: EstimationResult, _ reference: ReferenceJSON, terms: [String], checkEstimates: Bool = true,
                 file: StaticString = #filePath, line: UInt = #line) throws {
    XCTAssertEqual(result.terms, terms, file: file, line: line)
    for term in terms {
        let row = try XCTUnwrap(result.coefficient(term), file: file, line: line)
        if checkEstimates {
            assertClose(row.estimate, try reference["coefficients"][term].number(), relative: Grunfeld.tolerance, "estimate of \(term)", file: file, line: line)
        }
        assertClose(row.stdError, try reference["se"][term].number(), relative: Grunfeld.tolerance, "standard error of \(term)", file: file, line: line)
        assertClose(row.statistic, try reference["t"][term].number(), relative: Grunfeld.tolerance, "statistic of \(term)", file: file, line: line)
        assertClose(row.pValue, try reference["p"][term].number(), relative: Grunfeld.tolerance, "p-value of \(term)", file: file, line: line)
    }
}

/// Asserts a test result against a reference test's `statistic` and `p_value`, and its degrees
/// of freedom against `df` and `df2` (nil when the distribution has none).
func assertTest(_ test: TestResult?, _ reference: ReferenceJSON, df: Double?, df2: Double? = nil,
                file: StaticString = #filePath, line: UInt = #line) throws {
    let test = try XCTUnwrap(test, file: file, line: line)
    assertClose(test.statistic, try reference["statistic"].number(), relative: Grunfeld.tolerance, "statistic of \(test.name)", file: file, line: line)
    assertClose(test.pValue, try reference["p_value"].number(), relative: Grunfeld.tolerance, "p-value of \(test.name)", file: file, line: line)
    XCTAssertEqual(test.df, df, "df of \(test.name)", file: file, line: line)
    XCTAssertEqual(test.df2, df2, "df2 of \(test.name)", file: file, line: line)
}

/// Asserts coefficient rows against literal values: term to (estimate, standard error, statistic,
/// p-value); a nil p-value is not checked (R printed 0 after underflow).
func assertRows(_ result: EstimationResult, _ expected: KeyValuePairs<String, (Double, Double, Double, Double?)>,
                tolerance: Double = Grunfeld.tolerance, file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(result.terms, expected.map(\.key), file: file, line: line)
    for (term, values) in expected {
        guard let row = result.coefficient(term) else { return XCTFail("no row for \(term)", file: file, line: line) }
        assertClose(row.estimate, values.0, relative: tolerance, "estimate of \(term)", file: file, line: line)
        assertClose(row.stdError, values.1, relative: tolerance, "standard error of \(term)", file: file, line: line)
        assertClose(row.statistic, values.2, relative: tolerance, "statistic of \(term)", file: file, line: line)
        if let p = values.3 { assertClose(row.pValue, p, relative: tolerance, "p-value of \(term)", file: file, line: line) }
    }
}

/// Asserts the standard errors of `result` against literal values, in term order.
func assertStandardErrors(_ result: EstimationResult, _ expected: [Double], file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(result.standardErrors.count, expected.count, file: file, line: line)
    for (se, value) in zip(result.standardErrors, expected) {
        assertClose(se, value, relative: Grunfeld.tolerance, "standard error", file: file, line: line)
    }
}

/// Asserts a test's statistic, degrees of freedom and p-value against literal values.
func assertTest(_ test: TestResult?, statistic: Double, df: Double?, df2: Double? = nil, p: Double,
                file: StaticString = #filePath, line: UInt = #line) throws {
    let test = try XCTUnwrap(test, file: file, line: line)
    assertClose(test.statistic, statistic, relative: Grunfeld.tolerance, "statistic of \(test.name)", file: file, line: line)
    assertClose(test.pValue, p, relative: Grunfeld.tolerance, "p-value of \(test.name)", file: file, line: line)
    XCTAssertEqual(test.df, df, "df of \(test.name)", file: file, line: line)
    XCTAssertEqual(test.df2, df2, "df2 of \(test.name)", file: file, line: line)
}

/// The sum of squared residuals a result carries.
func residualSumOfSquares(_ result: EstimationResult) -> Double {
    result.residuals.compactMap { $0 }.reduce(0) { $0 + $1 * $1 }
}
