// Tutorial 3: a frontier gravity model. See Examples/FrontierGravity/README.md.
import GravityKit

// Step 1: the simulated study panel; trade falls short of the frontier by a one-sided term.
let data = StudyPanelSimulation.dataset()
let panel = PanelSpecification(unit: "partner", time: "year")
let formula = try Formula(StudyPanelSimulation.formulaWithLatentLevel)
let registry = EstimatorRegistry.standard()

// Step 2: the Battese-Coelli (1992) frontier with time-varying inefficiency.
let frontier = try registry.estimator(named: "sfa-bc92").fit(data, request: FitRequest(formula: formula, panel: panel))
print(ResultReport.render(frontier, format: .text, summary: "Battese-Coelli (1992) frontier gravity model"))

// Step 3: efficiency = actual / frontier, per country and year, classified like trade potential.
let efficiency = try TradePotential(result: frontier, dataset: data, panel: panel, classification: try PotentialClassification())
print(PotentialReport.render(efficiency, format: .text))

// Step 4: mean efficiency per country: how far each partner's trade is from its potential.
for (unit, rows) in efficiency.unitPaths {
    let mean = rows.map(\.k).reduce(0, +) / Double(rows.count)
    print("\(unit): mean efficiency \(String(format: "%.3f", mean)), potential / actual \(String(format: "%.2f", 1 / mean))")
}
