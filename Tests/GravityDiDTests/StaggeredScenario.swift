import GravityKit
import GravityTestKit

/// The conformance scenario of the family: 60 units over periods 1-8, cohorts 3, 5 and 6 and
/// never treated (15 units each), y = unit + period effects + 2 * treated + 0.5 * x1 + noise,
/// a constant effect, so that every estimator's overall effect is 2.
enum StaggeredScenario {
    static let panel = PanelSpecification(unit: "id", time: "t")

    static func make(_ estimator: any Estimator, formula: String, effect: String, trueEffect: Double = 2,
                     options: [String: String] = [:]) -> ConformanceScenario {
        var all = ["cohort": "g"]
        all.merge(options) { $1 }
        return ConformanceScenario(estimator: estimator, formula: formula, panel: panel, options: all,
                                   trueCoefficients: [effect: trueEffect, "x1": 0.5], makeData: data)
    }

    static func data(_ random: inout SeededRandom) -> Dataset {
        var id: [Double] = [], t: [Double] = [], g: [Double] = [], x1: [Double] = [], y: [Double] = []
        for unit in 0..<60 {
            let cohort: Double = [3, 5, 6, 0][unit % 4]
            let unitEffect = random.normal()
            for period in 1...8 {
                let treated = cohort > 0 && Double(period) >= cohort
                let x = random.normal()
                id.append(Double(unit)); t.append(Double(period)); g.append(cohort); x1.append(x)
                y.append(unitEffect + 0.3 * Double(period) + (treated ? 2 : 0) + 0.5 * x + random.normal(sd: 0.5))
            }
        }
        return try! Dataset([("id", .numeric(id)), ("t", .numeric(t)), ("g", .numeric(g)), ("x1", .numeric(x1)), ("y", .numeric(y))])
    }
}
