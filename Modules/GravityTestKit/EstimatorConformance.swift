import Foundation
import GravityKit
import XCTest

/// A simulated case on which an estimator must behave: data with known coefficients, the formula
/// to fit, and how closely the estimates must come.
public struct ConformanceScenario {
    /// The estimator under test.
    public var estimator: any Estimator
    /// The formula; its regressors must include `x1`, which the collinearity check duplicates.
    public var formula: String
    /// The panel declaration, for panel estimators.
    public var panel: PanelSpecification?
    /// Estimator options.
    public var options: [String: String]
    /// True values of (some of) the coefficients, by term.
    public var trueCoefficients: [String: Double]
    /// How many standard errors an estimate may lie from its true value.
    public var standardErrorTolerance: Double
    /// Whether each observation is one input row; false for transformed samples such as first
    /// differences, where one dropped row can remove two observations.
    public var observationsAreRows: Bool
    /// Builds the simulated dataset from a seeded generator.
    public var makeData: (inout SeededRandom) -> Dataset

    /// A scenario.
    public init(estimator: any Estimator, formula: String, panel: PanelSpecification? = nil, options: [String: String] = [:],
                trueCoefficients: [String: Double], standardErrorTolerance: Double = 4, observationsAreRows: Bool = true,
                makeData: @escaping (inout SeededRandom) -> Dataset) {
        self.estimator = estimator
        self.formula = formula
        self.panel = panel
        self.options = options
        self.trueCoefficients = trueCoefficients
        self.standardErrorTolerance = standardErrorTolerance
        self.observationsAreRows = observationsAreRows
        self.makeData = makeData
    }
}

/// The checks every registered estimator passes, written once (as swift-collections' and
/// statsmodels' shared conformance checks are): each plug-in's tests call ``check(_:file:line:)``
/// with a scenario of its own.
public enum EstimatorConformance {
    /// Runs every check and records XCTest failures at the caller's location.
    public static func check(_ scenario: ConformanceScenario, file: StaticString = #filePath, line: UInt = #line) throws {
        var rng = SeededRandom(seed: 20_240_601)
        let data = scenario.makeData(&rng)
        let name = scenario.estimator.descriptor.name
        let baseline = try fit(scenario, data)
        try recoversTrueCoefficients(scenario, baseline, name: name, file: file, line: line)
        try dropsCollinearRegressor(scenario, data, baseline: baseline, name: name, file: file, line: line)
        try dropsAndCountsMissingRows(scenario, data, baseline: baseline, name: name, file: file, line: line)
        checksJSONSchema(baseline, name: name, file: file, line: line)
        rejectsUnknownOptions(scenario, data, name: name, file: file, line: line)
        try isInvariantToRowOrder(scenario, data, baseline: baseline, name: name, file: file, line: line)
    }

    static func fit(_ scenario: ConformanceScenario, _ data: Dataset, formula: String? = nil, options: [String: String]? = nil) throws -> EstimationResult {
        let request = FitRequest(formula: try Formula(formula ?? scenario.formula), panel: scenario.panel, options: options ?? scenario.options)
        return try scenario.estimator.fit(data, request: request)
    }

    static func recoversTrueCoefficients(_ scenario: ConformanceScenario, _ result: EstimationResult, name: String, file: StaticString, line: UInt) throws {
        for (term, truth) in scenario.trueCoefficients {
            guard let row = result.coefficient(term) else {
                XCTFail("\(name): no coefficient `\(term)` (terms: \(result.terms))", file: file, line: line)
                continue
            }
            let distance = abs(row.estimate - truth) / row.stdError
            XCTAssertLessThanOrEqual(distance, scenario.standardErrorTolerance,
                                     "\(name): `\(term)` = \(row.estimate) (se \(row.stdError)) is \(distance) standard errors from the true \(truth)", file: file, line: line)
        }
    }

    static func dropsCollinearRegressor(_ scenario: ConformanceScenario, _ data: Dataset, baseline: EstimationResult,
                                        name: String, file: StaticString, line: UInt) throws {
        var augmented = data
        try augmented.addColumn("x1_twice", .numeric(try data.numeric("x1").map { 2 * $0 }))
        let formula = try Formula(scenario.formula)
        let bar = formula.text.firstIndex(of: "|")
        let withDuplicate = bar.map { String(formula.text[..<$0]) + "+ x1_twice " + String(formula.text[$0...]) } ?? formula.text + " + x1_twice"
        let result = try fit(scenario, augmented, formula: withDuplicate)
        XCTAssertFalse(result.terms.contains("x1_twice"), "\(name): the collinear `x1_twice` was not dropped", file: file, line: line)
        XCTAssertTrue(result.notes.contains { $0.contains("`x1_twice`") && $0.contains("collinear") },
                      "\(name): no note names the dropped `x1_twice`: \(result.notes)", file: file, line: line)
        for term in baseline.terms where result.terms.contains(term) {
            let a = result.coefficient(term)!.estimate, b = baseline.coefficient(term)!.estimate
            XCTAssertLessThanOrEqual(abs(a - b), 1e-6 * max(1, abs(b)), "\(name): `\(term)` changed when a collinear copy was added", file: file, line: line)
        }
    }

    static func dropsAndCountsMissingRows(_ scenario: ConformanceScenario, _ data: Dataset, baseline: EstimationResult,
                                          name: String, file: StaticString, line: UInt) throws {
        var damaged = data
        var x1 = try data.numeric("x1")
        for row in [0, 5, 9] { x1[row] = .nan }
        try damaged.setColumn("x1", .numeric(x1))
        let result = try fit(scenario, damaged)
        if scenario.observationsAreRows {
            XCTAssertEqual(result.nobs, baseline.nobs - 3, "\(name): three rows with missing x1 should be dropped", file: file, line: line)
        } else {
            XCTAssertLessThanOrEqual(result.nobs, baseline.nobs - 3, "\(name): three rows with missing x1 should be dropped", file: file, line: line)
        }
        XCTAssertTrue(result.notes.contains { $0.contains("3 of \(data.rowCount) rows dropped") },
                      "\(name): no note counts the 3 dropped rows: \(result.notes)", file: file, line: line)
        XCTAssertEqual(result.fitted.count, data.rowCount, "\(name): fitted values must be aligned to the input rows", file: file, line: line)
        XCTAssertNil(result.fitted[0], "\(name): a dropped row must have no fitted value", file: file, line: line)
    }

    static func checksJSONSchema(_ result: EstimationResult, name: String, file: StaticString, line: UInt) {
        let json = ResultJSON.value(result)
        guard case .object(let pairs) = json else { return XCTFail("\(name): JSON is not an object", file: file, line: line) }
        XCTAssertEqual(Array(pairs.map(\.0).prefix(8)), ["model", "formula", "nobs", "vcov", "coefficients", "statistics", "tests", "notes"],
                       "\(name): JSON keys out of the documented order", file: file, line: line)
        guard case .array(let rows)? = json["coefficients"], case .object(let first)? = rows.first else {
            return XCTFail("\(name): no coefficients in JSON", file: file, line: line)
        }
        XCTAssertEqual(first.map(\.0), ["term", "estimate", "std_error", "statistic", "p_value", "conf_low", "conf_high"], file: file, line: line)
        if case .array(let tests)? = json["tests"] {
            for case .object(let test) in tests {
                XCTAssertTrue(Set(["name", "statistic", "df", "p_value"]).isSubset(of: test.map(\.0)), "\(name): test keys \(test.map(\.0))", file: file, line: line)
            }
        }
        let parsed = try? JSONSerialization.jsonObject(with: Data(json.serialized().utf8))
        XCTAssertNotNil(parsed, "\(name): JSON does not parse", file: file, line: line)
    }

    static func rejectsUnknownOptions(_ scenario: ConformanceScenario, _ data: Dataset, name: String, file: StaticString, line: UInt) {
        var options = scenario.options
        options["no_such_option"] = "1"
        XCTAssertThrowsError(try fit(scenario, data, options: options), "\(name): accepted an unknown option", file: file, line: line) { error in
            XCTAssertTrue("\(error)".contains("no_such_option"), "\(name): the error does not name the option: \(error)", file: file, line: line)
        }
    }

    static func isInvariantToRowOrder(_ scenario: ConformanceScenario, _ data: Dataset, baseline: EstimationResult,
                                      name: String, file: StaticString, line: UInt) throws {
        var rng = SeededRandom(seed: 99)
        var order = Array(0..<data.rowCount)
        for i in stride(from: order.count - 1, to: 0, by: -1) { order.swapAt(i, Int(rng.next() % UInt64(i + 1))) }
        let shuffled = try fit(scenario, data.selecting(rows: order))
        XCTAssertEqual(shuffled.terms, baseline.terms, "\(name): terms changed with the row order", file: file, line: line)
        for (a, b) in zip(shuffled.estimates, baseline.estimates) {
            XCTAssertLessThanOrEqual(abs(a - b), 1e-6 * max(1, abs(b)), "\(name): estimates changed with the row order", file: file, line: line)
        }
        for (a, b) in zip(shuffled.standardErrors, baseline.standardErrors) {
            XCTAssertLessThanOrEqual(abs(a - b), 1e-5 * max(1e-8, abs(b)), "\(name): standard errors changed with the row order", file: file, line: line)
        }
    }
}
