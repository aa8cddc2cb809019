// Tutorial 4: writing a new estimator plug-in. See Examples/WritingAnEstimator/README.md.
import Foundation
import GravityKit
import TutorialPPML

// Step 4: register the plug-in next to the bundled estimators (in the package this is one line
// in Modules/GravityKit/StandardRegistry.swift).
var registry = EstimatorRegistry.standard()
try registry.register(PoissonPseudoMaximumLikelihood())
print("Registered models: " + registry.descriptors.map(\.name).joined(separator: ", "))

// Step 5: use it by name, like any other model, on the bundled simulated panel.
let data = StudyPanelSimulation.dataset()
let formula = "ecommerce_trade ~ log(gdp_pc) + log(population) + internet_use + log(cpi) + openness + log(dist_oil) + dev_level"
let ppml = try registry.estimator(named: "tutorial-ppml")
let result = try ppml.fit(data, request: FitRequest(formula: try Formula(formula), covariance: .heteroskedastic(.hc1)))
print(ResultReport.render(result, format: .text, summary: ppml.descriptor.summary))

// Step 6: the same model side by side with the log-linear OLS fit.
let ols = try registry.estimator(named: "ols").fit(data, request: FitRequest(formula: try Formula("log(" + formula.replacingOccurrences(of: " ~", with: ") ~")),
                                                                           covariance: .heteroskedastic(.hc1)))
for term in ["log(gdp_pc)", "log(dist_oil)"] {
    let a = ols.coefficient(term)!.estimate, b = result.coefficient(term)!.estimate
    print(String(format: "%@: OLS on logs %.3f, PPML in levels %.3f", term, a, b))
}
