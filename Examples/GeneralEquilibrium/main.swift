// Tutorial: general-equilibrium counterfactuals of structural gravity on the book's data.
// See Examples/GeneralEquilibrium/README.md.
import ExampleSupport
import Foundation
import GravityKit

// The book's data are read where they are, beside the repository in ../shared/data/agtpa.
let agtpa = ExampleData.folder.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("shared/data/agtpa")
let bordersFile = agtpa.appendingPathComponent("1_TradeWithoutBorder.csv").path
guard FileManager.default.fileExists(atPath: bordersFile) else {
    print("Skipped: ../shared/data/agtpa is not beside this clone (the book's data stay outside the repository).")
    exit(0)
}
let outputFolder = CommandLine.arguments.dropFirst().first ?? "ge-tutorial"
try FileManager.default.createDirectory(atPath: outputFolder, withIntermediateDirectories: true)
let registry = EstimatorRegistry.standard()
guard (try? registry.estimator(named: "ppml")) != nil else {
    print("Skipped: no `ppml` estimator is registered, and the baseline costs are PPML estimates.")
    exit(0)
}

/// One line per country: the figures a reader compares with the book.
func show(_ analysis: GEAnalysis, _ countries: [String]) {
    let outcome = analysis.outcome
    for name in countries {
        guard let i = outcome.countries.firstIndex(of: name) else { continue }
        let c = outcome.conditionalChanges[i]
        var line = "  \(name.padding(toLength: 4, withPad: " ", startingAt: 0)) conditional exports \(String(format: "%8.2f", c.exports))%"
        if let f = outcome.fullChanges?[i] {
            line += String(format: "   full: exports %8.2f%%, price %6.2f%%, IMR %6.2f%%, real GDP %6.2f%%", f.exports, f.price, f.inwardResistance, f.realGDP)
        }
        print(line)
    }
}

// Step 1: removing international borders (Chapter 2 Application 1): 2006, sigma = 7, costs from a
// PPML of trade on log distance, contiguity and the border dummy with exporter and importer effects.
let borders = try DataReader.read(path: bordersFile)
var borderSpecification = GEDataSpecification(exporter: "exporter", importer: "importer", trade: "trade",
                                              costs: .estimated(terms: "log(DIST) + CNTG + INTL_BRDR",
                                                                scenario: [try ScenarioChange(parsing: "INTL_BRDR=0")]))
borderSpecification.reference = "ZZZ"   // Germany, recoded by the book so that its importer dummy is the omitted one
var bookRule = GESettings()
bookRule.stop = .book
let published = try GEAnalysis(borders, specification: borderSpecification, settings: bookRule, registry: registry)
let coefficients = published.prepared.costModel!
print("Step 1. Baseline PPML: " + zip(coefficients.terms, coefficients.coefficients).map { "\($0) \(String(format: "%.6f", $1))" }.joined(separator: ", "))
print("Removing international borders, the book's stopping rule (\(published.iterations) iterations, converged: \(published.converged)):")
show(published, ["CAN", "USA", "ZZZ", "JPN", "HKG"])

// Step 2: the same loop run to convergence (no price moves by more than 1e-12).
let converged = try GEAnalysis(borders, specification: borderSpecification, settings: GESettings(), registry: registry)
print("Step 2. The loop to convergence (\(converged.iterations) iterations):")
show(converged, ["CAN", "USA", "ZZZ", "JPN", "HKG"])
let gap = zip(published.outcome.fullChanges!, converged.outcome.fullChanges!).map { abs($0.exports - $1.exports) }.max()!
print(String(format: "Largest export change moved by %.2f percentage points between the book's rule and convergence.", gap))

// Step 3: the equilibrium solved directly, and why its full-endowment answer differs.
var direct = GESettings()
direct.method = .solver
let solved = try GEAnalysis(borders, specification: borderSpecification, settings: direct, registry: registry)
var ppmlSteps = GESettings()
ppmlSteps.endowment = .conditional
ppmlSteps.fitter = try RegistryPoissonEffects(registry: registry, options: ["tolerance": "1e-14", "fixef_tol": "1e-12"])
let viaPPML = try GEAnalysis(borders, specification: borderSpecification, settings: ppmlSteps, registry: registry)
let conditionalGap = zip(solved.outcome.conditional.inwardResistance, viaPPML.outcome.conditional.inwardResistance).map { abs($0 / $1 - 1) }.max()!
let priceGap = zip(solved.outcome.fullChanges!, converged.outcome.fullChanges!).map { abs($0.price - $1.price) }.max()!
print("Step 3. Direct solver: conditional inward resistances equal to those from ppml steps within \(String(format: "%.0e", max(conditionalGap, 1e-16))) (relative);")
print(String(format: "full endowment prices differ by up to %.2f percentage points; largest budget residual: GEPPML loop %.4f, solver %.1e.",
             priceGap, converged.outcome.full!.state.budgetResiduals.largest, solved.outcome.full!.state.budgetResiduals.largest))

// Step 4: an RTA scenario: what if NAFTA had not been in force in 2006? Costs from a 2006 PPML with
// the gravity covariates, a border dummy and RTA; the counterfactual switches RTA off among CAN, MEX, USA.
// The book's panel years (every four years, 1986-2006), with the border dummy and the counterfactual RTA column.
var panel = try DataReader.read(path: agtpa.appendingPathComponent("Chapter2Application2.csv").path)
let allYears = try panel.numeric("year")
panel = panel.filter { [1986, 1990, 1994, 1998, 2002, 2006].contains(allYears[$0]) }
let exporters = try panel.column("exporter"), importers = try panel.column("importer"), agreement = try panel.numeric("RTA")
let nafta: Set<String> = ["CAN", "MEX", "USA"]
try panel.setColumn("INTL_BRDR", .numeric((0..<panel.rowCount).map { exporters.text(at: $0) == importers.text(at: $0) ? 0 : 1 }))
try panel.setColumn("RTA_NO_NAFTA", .numeric((0..<panel.rowCount).map { row in
    nafta.contains(exporters.text(at: row)!) && nafta.contains(importers.text(at: row)!) ? 0 : agreement[row]
}))
let years = try panel.numeric("year")
let rta = panel.filter { years[$0] == 2006 }
var rtaSpecification = GEDataSpecification(exporter: "exporter", importer: "importer", trade: "trade",
                                           costs: .estimated(terms: "log(DIST) + CNTG + LANG + CLNY + INTL_BRDR + RTA",
                                                             scenario: [try ScenarioChange(parsing: "RTA=RTA_NO_NAFTA")]))
rtaSpecification.reference = "DEU"
rtaSpecification.covariance = .cluster(["pair_id"])
// The book's loop does not converge on this scenario: it oscillates, and gravity ge says so.
do {
    _ = try GEAnalysis(rta, specification: rtaSpecification, settings: GESettings(), registry: registry)
} catch {
    print("Step 4. GEPPML loop without NAFTA: \(error)")
}
let withoutNAFTA = try GEAnalysis(rta, specification: rtaSpecification, settings: direct, registry: registry, bootstrap: 100, seed: 2016)
let rtaEffect = withoutNAFTA.prepared.costModel!
print("Direct solver without NAFTA in 2006 (RTA coefficient \(String(format: "%.4f", rtaEffect.coefficients.last!)), \(withoutNAFTA.bootstrap!.draws - withoutNAFTA.bootstrap!.failed) of 100 bootstrap draws solved):")
for name in ["CAN", "MEX", "USA"] {
    let i = withoutNAFTA.outcome.countries.firstIndex(of: name)!
    let welfare = withoutNAFTA.outcome.fullChanges![i].realGDP, interval = withoutNAFTA.bootstrap!.full![i][6]
    print(String(format: "  %@ real GDP %6.3f%% [%6.3f, %6.3f]", name, welfare, interval.lowerBound, interval.upperBound))
}

// Step 5: the book's way to NAFTA's costs: a panel PPML with pair fixed effects, the costs written
// as columns (pairs without an estimable effect filled from a gravity regression), then given.
let pairCosts = try PairEffectCosts(panel: panel, registry: registry)
try CSVWriter.write(pairCosts.data, to: outputFolder + "/nafta_costs.csv")
var givenCosts = GEDataSpecification(exporter: "exporter", importer: "importer", trade: "trade",
                                     costs: .given(baseline: "t_bln", counterfactual: "t_cfl"))
givenCosts.reference = "DEU"
let fromPairs = try GEAnalysis(pairCosts.data, specification: givenCosts, settings: direct, registry: registry)
print(String(format: "Step 5. Panel PPML with pair effects: RTA %.4f; %d of %d pair effects filled from the gravity regression.",
             pairCosts.rta, pairCosts.filled, pairCosts.data.rowCount))
for name in ["CAN", "MEX", "USA"] {
    let i = fromPairs.outcome.countries.firstIndex(of: name)!
    print(String(format: "  %@ without NAFTA: real GDP %6.3f%%, exports %7.2f%%", name, fromPairs.outcome.fullChanges![i].realGDP, fromPairs.outcome.fullChanges![i].exports))
}
print("The same from the command line: gravity ge \(outputFolder)/nafta_costs.csv --exporter exporter --importer importer --trade trade "
      + "--costs t_bln --counterfactual-costs t_cfl --reference DEU --method solver")
try GEReport.render(withoutNAFTA, format: .markdown).write(toFile: outputFolder + "/nafta_welfare.md", atomically: true, encoding: .utf8)
try GEChart.svg(withoutNAFTA).write(toFile: outputFolder + "/nafta_welfare.svg", atomically: true, encoding: .utf8)
print("Wrote \(outputFolder)/nafta_welfare.md and \(outputFolder)/nafta_welfare.svg")
