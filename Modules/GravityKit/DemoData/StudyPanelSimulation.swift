import Foundation

/// The simulated China-Central Asia cross-border e-commerce panel bundled as demo data.
///
/// SIMULATED DATA, not observations: China's e-commerce trade with the five Central Asian states
/// and Russia, 2013-2020 (6 partners x 8 years), generated from the documented process below so
/// that every estimator can be checked against known true coefficients.
///
/// Data-generating process, for partner i and year t:
/// - a latent development level D_it = clamp(base_i + growth_i (t - 2013) + N(0, 0.02^2), 0.02, 0.98);
/// - eleven indicators, each a linear function of D_it plus noise (see ``indicatorRecipes``);
/// - GDP per capita, population, CPI and openness follow country paths with noise;
///   `dist_oil` = capital distance (km) x Brent oil price (USD/barrel) / 1000;
/// - log(ecommerce_trade) = -1.0 + 0.85 log(gdp_pc) + 0.60 log(population) + 0.015 internet_use
///   - 0.40 log(cpi) + 0.010 openness - 0.70 log(dist_oil) + 1.20 D_it + u_i + e_it,
///   - w_it, with u_i ~ N(0, 0.30^2) a random unit effect, e_it ~ N(0, 0.15^2) noise and
///   w_it = |N(0, 0.35^2)| a one-sided shortfall from the frontier (so frontier models have
///   something to find: technical efficiency exp(-w_it));
/// - a few indicator cells are set missing, as in the real sources.
public enum StudyPanelSimulation {
    /// The seed of the bundled file.
    public static let defaultSeed: UInt64 = 20_132_020

    /// The true coefficients of the trade equation, by term as written in the demo formula.
    public static let trueCoefficients: [(term: String, value: Double)] = [
        ("(Intercept)", -1.0), ("log(gdp_pc)", 0.85), ("log(population)", 0.60), ("internet_use", 0.015),
        ("log(cpi)", -0.40), ("openness", 0.010), ("log(dist_oil)", -0.70), ("dev_level", 1.20),
    ]

    /// The demo gravity formula with the true latent development level (`dev_level`) as regressor.
    public static let formulaWithLatentLevel =
        "log(ecommerce_trade) ~ log(gdp_pc) + log(population) + internet_use + log(cpi) + openness + log(dist_oil) + dev_level"

    /// Names of the eleven indicators of the development index, in column order.
    public static let indicatorNames = indicatorRecipes.map(\.name)

    struct Partner {
        let code: String, base: Double, growth: Double, gdp: Double, gdpGrowth: Double
        let population: Double, popGrowth: Double, inflation: Double, openness: Double, distance: Double, railScale: Double
    }

    static let partners: [Partner] = [
        Partner(code: "KAZ", base: 0.55, growth: 0.040, gdp: 13_890, gdpGrowth: 0.02, population: 17.0, popGrowth: 0.014, inflation: 0.07, openness: 62, distance: 3_460, railScale: 280),
        Partner(code: "KGZ", base: 0.32, growth: 0.035, gdp: 1_280, gdpGrowth: 0.02, population: 5.7, popGrowth: 0.020, inflation: 0.05, openness: 118, distance: 2_860, railScale: 1),
        Partner(code: "TJK", base: 0.20, growth: 0.030, gdp: 1_040, gdpGrowth: 0.03, population: 8.2, popGrowth: 0.024, inflation: 0.06, openness: 58, distance: 3_850, railScale: 0.6),
        Partner(code: "TKM", base: 0.15, growth: 0.025, gdp: 7_150, gdpGrowth: 0.04, population: 5.5, popGrowth: 0.016, inflation: 0.08, openness: 75, distance: 4_560, railScale: 13),
        Partner(code: "UZB", base: 0.30, growth: 0.045, gdp: 2_140, gdpGrowth: 0.04, population: 30.2, popGrowth: 0.018, inflation: 0.12, openness: 35, distance: 4_120, railScale: 23),
        Partner(code: "RUS", base: 0.66, growth: 0.030, gdp: 15_970, gdpGrowth: -0.01, population: 143.5, popGrowth: 0.001, inflation: 0.06, openness: 50, distance: 5_800, railScale: 2_300),
    ]

    /// Brent crude oil, annual average USD per barrel, 2013-2020 (rounded published figures).
    static let oilPrice: [Double] = [108.6, 98.9, 52.4, 44.0, 54.4, 71.3, 64.3, 41.8]

    /// Each indicator as intercept + slope x D_it + N(0, noise^2), with its unit.
    static let indicatorRecipes: [(name: String, intercept: Double, slope: Double, noise: Double, digits: Int)] = [
        ("broadband", 2, 25, 1.5, 2), ("internet_users", 20, 70, 3, 1), ("secure_servers", 1, 6, 0.3, 1),
        ("rail_freight", 0.5, 1.0, 0.05, 1), ("tracking_tracing", 2, 1.5, 0.1, 2), ("logistics_performance", 2.1, 1.4, 0.1, 2),
        ("customs_burden", 2.5, 2.5, 0.2, 2), ("border_facilitation", 0.6, 1.1, 0.08, 3), ("clearance_efficiency", 1.9, 1.5, 0.12, 2),
        ("rd_share", 0.05, 0.9, 0.05, 3), ("tertiary_enrolment", 10, 50, 2, 1),
    ]

    /// The cells left missing, as (partner, year, indicator).
    static let missingCells: [(String, Int, String)] = [
        ("TKM", 2013, "rd_share"), ("TKM", 2014, "rd_share"), ("TKM", 2020, "rd_share"),
        ("TJK", 2016, "secure_servers"), ("UZB", 2014, "tertiary_enrolment"), ("KGZ", 2019, "tracking_tracing"),
    ]

    /// The simulated panel (partner, year, the 11 indicators, regressors, trade and the latent
    /// `dev_level`), rows ordered by partner then year.
    public static func dataset(seed: UInt64 = defaultSeed) -> Dataset {
        var rng = SeededRandom(seed: seed)
        var partnerColumn: [String?] = [], yearColumn: [Double] = []
        var indicators = [[Double]](repeating: [], count: indicatorRecipes.count)
        var gdpColumn: [Double] = [], popColumn: [Double] = [], internetColumn: [Double] = [], cpiColumn: [Double] = []
        var opennessColumn: [Double] = [], distOilColumn: [Double] = [], tradeColumn: [Double] = [], levelColumn: [Double] = []
        for partner in partners {
            let effect = rng.normal(sd: 0.30)
            var cpi = 100.0
            for (t, year) in (2013...2020).enumerated() {
                let level = min(0.98, max(0.02, partner.base + partner.growth * Double(t) + rng.normal(sd: 0.02)))
                var indicatorValues: [Double] = []
                for (k, recipe) in indicatorRecipes.enumerated() {
                    var value = recipe.intercept + recipe.slope * level + rng.normal(sd: recipe.noise)
                    if recipe.name == "secure_servers" { value = exp(value) }
                    if recipe.name == "rail_freight" { value *= partner.railScale }
                    value = max(value, 0.01)
                    indicatorValues.append(value)
                    let missing = missingCells.contains { $0.0 == partner.code && $0.1 == year && $0.2 == recipe.name }
                    indicators[k].append(missing ? Double.nan : round(value, digits: recipe.digits))
                }
                let shock = year == 2015 || year == 2016 ? -0.08 : (year == 2020 ? -0.05 : 0)
                let gdp = round(partner.gdp * pow(1 + partner.gdpGrowth, Double(t)) * exp(shock + rng.normal(sd: 0.03)), digits: 0)
                let population = round(partner.population * pow(1 + partner.popGrowth, Double(t)), digits: 3)
                let internet = indicatorValues[1]
                if t > 0 { cpi *= 1 + partner.inflation + rng.normal(sd: 0.01) }
                let cpiValue = round(cpi, digits: 1)
                let openness = round(partner.openness * exp(rng.normal(sd: 0.05)), digits: 1)
                let distOil = round(partner.distance * oilPrice[t] / 1000, digits: 2)
                let logTrade = -1.0 + 0.85 * log(gdp) + 0.60 * log(population) + 0.015 * internet - 0.40 * log(cpiValue)
                    + 0.010 * openness - 0.70 * log(distOil) + 1.20 * level + effect + rng.normal(sd: 0.15) - abs(rng.normal(sd: 0.35))
                partnerColumn.append(partner.code)
                yearColumn.append(Double(year))
                gdpColumn.append(gdp)
                popColumn.append(population)
                internetColumn.append(round(internet, digits: 1))
                cpiColumn.append(cpiValue)
                opennessColumn.append(openness)
                distOilColumn.append(distOil)
                tradeColumn.append(round(exp(logTrade), digits: 4))
                levelColumn.append(round(level, digits: 4))
            }
        }
        var named: [(name: String, column: Column)] = [("partner", .text(partnerColumn)), ("year", .numeric(yearColumn))]
        for (k, recipe) in indicatorRecipes.enumerated() { named.append((recipe.name, .numeric(indicators[k]))) }
        named += [("gdp_pc", .numeric(gdpColumn)), ("population", .numeric(popColumn)), ("internet_use", .numeric(internetColumn)),
                  ("cpi", .numeric(cpiColumn)), ("openness", .numeric(opennessColumn)), ("dist_oil", .numeric(distOilColumn)),
                  ("ecommerce_trade", .numeric(tradeColumn)), ("dev_level", .numeric(levelColumn))]
        do {
            return try Dataset(named)
        } catch {
            preconditionFailure("The simulation builds distinct, equally long columns: \(error)")
        }
    }

    private static func round(_ x: Double, digits: Int) -> Double {
        let scale = pow(10.0, Double(digits))
        return (x * scale).rounded() / scale
    }
}
