// Tutorial: cross-border e-commerce pilot zones, a staggered difference-in-differences.
// See Examples/PilotZones/README.md. The data are SIMULATED (TutorialPilotZoneSimulation).
import Foundation
import GravityKit
import TutorialPilotZoneSimulation

let folder = CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : "pilot-zones"
try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)

// Step 1: the simulated panel of 297 cities, 2010-2023, designated in the real batch years.
let data = PilotZoneSimulation.dataset()
try CSVWriter.write(data, to: folder + "/pilot_zones_simulated.csv")
print("Simulated panel (not real data): \(PilotZoneSimulation.cityCount) cities x \(PilotZoneSimulation.years.count) years, written to \(folder)/pilot_zones_simulated.csv")
var batchSizes: [Int: Int] = [:]
for g in PilotZoneSimulation.cohorts { batchSizes[g, default: 0] += 1 }
print("Cities by designation year: " + batchSizes.keys.sorted().map { "\($0 == 0 ? "never" : String($0)): \(batchSizes[$0]!)" }.joined(separator: ", "))

// Step 2: why TWFE misleads: the Goodman-Bacon decomposition of its coefficient.
let design = StaggeredDesign(panel: PanelSpecification(unit: "city", time: "year"), outcome: "log_ecommerce", timing: .cohort("pilot_year"))
let comparison = try StaggeredComparison(data: data, design: design)
let report = StaggeredComparisonReport()
for warning in Set(comparison.summaries.flatMap { $0.results.flatMap(\.notes) }.filter { $0.hasPrefix("Warning") }).sorted() {
    print(warning)
}
print("")
print(report.baconText(comparison.bacon!))
let worst = comparison.bacon!.comparisons.filter { $0.kind == .laterVersusEarlier }.sorted { $0.weight > $1.weight }.prefix(3)
for part in worst {
    print(String(format: "  e.g. %d designees vs %d designees (already treated): estimate %.4f, weight %.3f",
                 Int(part.treated), Int(part.control!), part.estimate, part.weight))
}

// Step 3: the four estimators side by side.
print("")
var tableOptions = RegressionTableOptions.comparison()
tableOptions.keep = ["ATT"] + (-4...8).map { "event::\($0)" }
print(report.table(comparison, options: tableOptions).render(.text))

// Step 4: each overall ATT against the truth (the mean effect over designated city-years).
let truth = PilotZoneSimulation.trueOverallEffect
print(String(format: "True overall ATT (mean effect over designated city-years): %.4f", truth))
for summary in comparison.summaries {
    let row = summary.results[0].coefficient("ATT")!
    let covers = row.confLow <= truth && truth <= row.confHigh
    let label = report.estimatorLabel(summary.key).padding(toLength: 20, withPad: " ", startingAt: 0)
    print("  " + label + String(format: "%.4f  95%% CI [%.4f, %.4f]  ", row.estimate, row.confLow, row.confHigh)
          + (covers ? "covers the truth" : "MISSES the truth"))
}

// Step 5: event-time effects against the truth.
print("")
print("Event time  truth     " + comparison.summaries.map { report.estimatorLabel($0.key).padding(toLength: 20, withPad: " ", startingAt: 0) }.joined())
for e in -4...8 {
    guard let trueEffect = PilotZoneSimulation.trueEventEffect(e) else { continue }
    var line = String(format: "%10d  %7.4f   ", e, trueEffect)
    for summary in comparison.summaries {
        let cell = summary.eventTime.first { $0.eventTime == e }.map { String(format: "%7.4f (%.4f)", $0.estimate, $0.standardError) } ?? "(reference)"
        line += cell.padding(toLength: 20, withPad: " ", startingAt: 0)
    }
    print(line)
}

// Step 6: the event-study chart with the true effects.
let eventTimes = Set(comparison.summaries.flatMap { $0.eventTime.map(\.eventTime) }).sorted()
let trueLine = eventTimes.compactMap { e in PilotZoneSimulation.trueEventEffect(e).map { (eventTime: e, effect: $0) } }
try report.chart(comparison, truth: trueLine).svg().write(toFile: folder + "/event_study.svg", atomically: true, encoding: .utf8)
print("")
print("Wrote \(folder)/event_study.svg and \(folder)/pilot_zones_simulated.csv")
