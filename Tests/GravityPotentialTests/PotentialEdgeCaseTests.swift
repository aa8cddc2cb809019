import GravityKit
import XCTest

/// Trade potential where labels, predictions or periods are not what a study normally holds.
final class PotentialEdgeCaseTests: XCTestCase {
    private func result(_ fitted: [Double]) -> EstimationResult {
        EstimationResult(model: "constructed", formula: "trade ~ 1", responseName: "trade", nobs: fitted.count,
                         covarianceLabel: "none", terms: ["(Intercept)"], estimates: [0], covariance: .identity(1),
                         inference: .normal, fitted: RowAlignedValues(fitted.map { Optional($0) }),
                         residuals: RowAlignedValues(fitted.map { _ in Optional(0.0) }))
    }

    private let panel = PanelSpecification(unit: "country", time: "year")

    func testLabelsEqualUnderCanonicalEquivalenceAreTwoUnitsAndNoCrash() throws {
        // Two levels that Swift strings compare equal (precomposed and decomposed `é`), as a reader
        // that interned raw bytes could produce: cells are keyed by unit code, not by label.
        let country = Column.text(codes: [0, 0, 1, 1], levels: ["P\u{E9}ru", "Pe\u{301}ru"])
        let data = try Dataset([("country", country), ("year", .numeric([2001, 2002, 2001, 2002])), ("trade", .numeric([1, 2, 3, 4]))])
        let potential = try TradePotential(result: result([1, 1, 1, 1]), dataset: data, panel: panel, classification: try PotentialClassification())
        XCTAssertEqual(potential.units.count, 2)
        XCTAssertEqual(potential.unitPaths.count, 2)
        XCTAssertEqual(PotentialReport.wideCells(potential).map { $0.count }, [3, 3])
    }

    func testPredictionsAtOrBelowZeroHaveNoK() throws {
        let data = try Dataset([("country", Column.text(["A", "A", "B", "B"])), ("year", .numeric([2001, 2002, 2001, 2002])),
                                ("trade", .numeric([1, 2, 3, 4]))])
        let potential = try TradePotential(result: result([-2, 0, 1, 1]), dataset: data, panel: panel, classification: try PotentialClassification())
        XCTAssertEqual(potential.rows.map(\.k), [3, 4])
        XCTAssertTrue(potential.notes.contains { $0.english.hasPrefix("2 row(s) have a predicted trade of zero or below") }, "\(potential.notes)")
    }

    func testNonFinitePeriodsAreRefused() throws {
        let data = try Dataset([("country", Column.text(["A", "A", "A"])), ("year", .numeric([2001, .infinity, 2002])),
                                ("trade", .numeric([1, 2, 3]))])
        XCTAssertThrowsError(try TradePotential(result: result([1, 1, 1]), dataset: data, panel: panel,
                                                classification: try PotentialClassification())) { error in
            XCTAssertTrue("\(error)".contains("`year` holds the period `inf`"), "\(error)")
        }
    }

    func testTextPeriodsThatAreNumbersAreOrderedByValue() throws {
        let data = try Dataset([("country", Column.text(["A", "A", "A"])), ("year", Column.text(["10", "9", "11"])),
                                ("trade", .numeric([1, 2, 3]))])
        let potential = try TradePotential(result: result([1, 1, 1]), dataset: data, panel: panel, classification: try PotentialClassification())
        XCTAssertEqual(potential.periods, ["9", "10", "11"])
        XCTAssertEqual(potential.rows.map(\.k), [2, 1, 3])
    }
}
