// Tutorial 1: choosing a panel model. See Examples/ChoosingAPanelModel/README.md.
import ExampleSupport
import GravityKit

// Step 1: the Grunfeld panel, 10 firms x 20 years.
let data = try ExampleData.read("grunfeld.csv")
let formula = try Formula("inv ~ value + capital")
let panel = PanelSpecification(unit: "firm", time: "year")

// Step 2: pooled OLS, fixed effects and random effects, chosen by name.
let registry = EstimatorRegistry.standard()
let models = try ["ols", "fe", "re"].map { name in
    try registry.estimator(named: name).fit(data, request: FitRequest(formula: formula, panel: panel))
}

// Step 3: the tests that choose among them.
let tests = try PanelTests.run([.f, .bp, .hausman, .robustHausman], data: data, request: FitRequest(formula: formula, panel: panel))

// Step 4: the side-by-side table and what each test implies.
print(RegressionTable(models: models).render(.text))
print("Specification tests:")
for test in tests { print("  " + ResultText.describe(test)) }
