import GravityKit
import GravityTestKit
import TutorialPilotZoneSimulation
import XCTest

/// The pilot-zone tutorial's claims, on its simulated panel (seeded): the heterogeneity-robust
/// estimators' 95% intervals cover the true overall effect while TWFE's misses it, and their
/// event-time effects cover the true ones with 95% simultaneous intervals (Callaway-Sant'Anna's
/// bootstrap uniform band; Bonferroni for Sun-Abraham and did2s). Event time 8 is left out of the
/// second check: only the single-city 2015 batch is observed there, and clustered standard errors
/// from one treated cluster understate the uncertainty (the data check warns about it; the
/// tutorial's output shows it).
final class PilotZoneTutorialTests: XCTestCase {
    private static let comparison: StaggeredComparison = {
        let design = StaggeredDesign(panel: PanelSpecification(unit: "city", time: "year"), outcome: "log_ecommerce", timing: .cohort("pilot_year"))
        return try! StaggeredComparison(data: PilotZoneSimulation.dataset(), design: design)
    }()

    func testDesignFollowsTheRealBatches() {
        var sizes: [Int: Int] = [:]
        for g in PilotZoneSimulation.cohorts { sizes[g, default: 0] += 1 }
        XCTAssertEqual(sizes, [0: 132, 2015: 1, 2016: 12, 2018: 22, 2019: 24, 2020: 46, 2022: 60])
        XCTAssertEqual(PilotZoneSimulation.dataset().rowCount, 297 * 14)
    }

    func testRobustEstimatorsCoverTheTruthAndTWFEDoesNot() throws {
        let truth = PilotZoneSimulation.trueOverallEffect
        for summary in Self.comparison.summaries {
            let row = try XCTUnwrap(summary.results[0].coefficient("ATT"))
            let covers = row.confLow <= truth && truth <= row.confHigh
            XCTAssertEqual(covers, summary.key != "twfe", "\(summary.key): \(row.estimate) [\(row.confLow), \(row.confHigh)], truth \(truth)")
        }
        let twfe = try XCTUnwrap(Self.comparison.summaries.first { $0.key == "twfe" }?.results[0].coefficient("ATT"))
        XCTAssertLessThan(twfe.confHigh, truth, "TWFE is biased toward zero")
    }

    func testEventTimeEffectsAreCoveredSimultaneously() throws {
        let tested = (-12...7).filter { PilotZoneSimulation.trueEventEffect($0) != nil }
        let bonferroni = NormalDistribution.standard.quantile(1 - 0.05 / Double(2 * tested.count))
        for summary in Self.comparison.summaries where summary.key != "twfe" {
            var checked = 0
            if summary.key == "cs", case .array(let bands)? = summary.results[0].extraSections.first(where: { $0.0 == "uniform_bands" })?.1["dynamic"]?["bands"] {
                for case .object(let band) in bands {
                    guard case .number(let e)? = band.first(where: { $0.0 == "event_time" })?.1,
                          case .number(let lower)? = band.first(where: { $0.0 == "lower" })?.1,
                          case .number(let upper)? = band.first(where: { $0.0 == "upper" })?.1,
                          let truth = PilotZoneSimulation.trueEventEffect(Int(e)), tested.contains(Int(e)) else { continue }
                    XCTAssertTrue(lower <= truth && truth <= upper, "cs uniform band at e=\(Int(e)): [\(lower), \(upper)], truth \(truth)")
                    checked += 1
                }
                XCTAssertEqual(checked, summary.eventTime.filter { tested.contains($0.eventTime) }.count, "cs: a uniform band for every event time")
                continue
            }
            for effect in summary.eventTime where tested.contains(effect.eventTime) {
                let truth = PilotZoneSimulation.trueEventEffect(effect.eventTime)!
                XCTAssertLessThanOrEqual(abs(effect.estimate - truth), bonferroni * effect.standardError,
                                         "\(summary.key) e=\(effect.eventTime): \(effect.estimate) (se \(effect.standardError)), truth \(truth)")
            }
        }
    }

    func testBaconDecompositionShowsAlreadyTreatedControls() throws {
        let bacon = try XCTUnwrap(Self.comparison.bacon)
        XCTAssertEqual(bacon.comparisons.reduce(0) { $0 + $1.weight }, 1, accuracy: 1e-12)
        let twfe = try XCTUnwrap(Self.comparison.summaries.first { $0.key == "twfe" }?.overall.estimate)
        XCTAssertEqual(bacon.twoWayEstimate, twfe, accuracy: 1e-8)
        let later = try XCTUnwrap(bacon.summary.first { $0.kind == .laterVersusEarlier })
        XCTAssertLessThan(later.estimate, PilotZoneSimulation.trueOverallEffect / 2)
    }
}
