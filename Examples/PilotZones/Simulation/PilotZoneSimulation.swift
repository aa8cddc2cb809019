import Foundation
import GravityCore

/// A SIMULATED panel of Chinese prefecture-level cities, 2010-2023, for the pilot-zone tutorial:
/// the designation years follow the real batches of cross-border e-commerce comprehensive pilot
/// zones (2015: 1 city, 2016: 12, 2018: 22, 2019: 24, 2020: 46, 2022: 27 and 33), but the cities,
/// the outcome and the effects are made up. Nothing here is data about real cities.
///
/// Data-generating process, for city i in year t (cohort g_i, the designation year, 0 if never):
///
///     y_it = a_i + b_t + tau_it + e_it
///     a_i  ~ N(4 + 0.5 * 1{designated}, 0.8^2)      city level (designated cities larger)
///     b_t  = 0.06 (t - 2010) + N(0, 0.02^2)          common trend and year shocks
///     e_it ~ N(0, 0.05^2)                            idiosyncratic noise
///     tau_it = delta_g * (t - g + 1) for t >= g, else 0
///
/// The effect grows by delta_g a year of exposure and is larger for earlier batches (delta_g:
/// 2015 0.060, 2016 0.050, 2018 0.040, 2019 0.035, 2020 0.030, 2022 0.020). Parallel trends hold
/// and nothing is anticipated, so the heterogeneity-robust estimators recover tau; the two-way
/// fixed-effects regression does not, because later batches are compared with earlier batches
/// whose effects are still growing.
public enum PilotZoneSimulation {
    /// The designation batches: year and number of cities (two batches in 2022).
    public static let batches: [(year: Int, cities: Int)] = [(2015, 1), (2016, 12), (2018, 22), (2019, 24), (2020, 46), (2022, 27), (2022, 33)]
    /// Number of cities in the panel (never designated: the rest).
    public static let cityCount = 297
    /// The years.
    public static let years = Array(2010...2023)
    /// Effect growth per year of exposure, by designation year.
    public static let growth: [Int: Double] = [2015: 0.060, 2016: 0.050, 2018: 0.040, 2019: 0.035, 2020: 0.030, 2022: 0.020]
    /// The seed of the published tutorial output.
    public static let seed: UInt64 = 20_150_307

    /// The true effect of designation in year `year` for a city designated in `cohort` (0: never).
    public static func trueEffect(cohort: Int, year: Int) -> Double {
        guard cohort > 0, year >= cohort else { return 0 }
        return growth[cohort]! * Double(year - cohort + 1)
    }

    /// The designation year of each city (0: never designated), cities ordered by designation.
    public static var cohorts: [Int] {
        let designated = batches.flatMap { Array(repeating: $0.year, count: $0.cities) }
        return designated + Array(repeating: 0, count: cityCount - designated.count)
    }

    /// The simulated panel: `city` (C001-C297), `province_group` (a made-up region label), `year`,
    /// `pilot_year` (designation year, 0 never), `pilot` (0/1 treatment), `log_ecommerce` (the
    /// outcome), `true_effect` (tau_it).
    public static func dataset(seed: UInt64 = seed) -> Dataset {
        var random = SeededRandom(seed: seed)
        let yearShock = years.map { 0.06 * Double($0 - 2010) + random.normal(sd: 0.02) }
        var city: [String?] = [], year: [Double] = [], cohort: [Double] = [], pilot: [Double] = [], y: [Double] = [], truth: [Double] = []
        for (i, g) in cohorts.enumerated() {
            let level = random.normal(mean: 4 + (g > 0 ? 0.5 : 0), sd: 0.8)
            for (k, t) in years.enumerated() {
                let tau = trueEffect(cohort: g, year: t)
                city.append(String(format: "C%03d", i + 1))
                year.append(Double(t))
                cohort.append(Double(g))
                pilot.append(g > 0 && t >= g ? 1 : 0)
                truth.append(tau)
                y.append(level + yearShock[k] + tau + random.normal(sd: 0.05))
            }
        }
        return try! Dataset([("city", Column.text(city)), ("year", .numeric(year)), ("pilot_year", .numeric(cohort)),
                             ("pilot", .numeric(pilot)), ("log_ecommerce", .numeric(y)), ("true_effect", .numeric(truth))])
    }

    /// The true overall ATT: the mean effect over designated city-years (the estimand of the
    /// simple Callaway-Sant'Anna aggregation, Sun-Abraham's overall effect and did2s).
    public static var trueOverallEffect: Double {
        var sum = 0.0, count = 0.0
        for g in cohorts where g > 0 {
            for t in years where t >= g {
                sum += trueEffect(cohort: g, year: t)
                count += 1
            }
        }
        return sum / count
    }

    /// The true effect e years after designation, averaged over the cities observed then (cohort-size weights).
    public static func trueEventEffect(_ e: Int) -> Double? {
        guard e >= 0 else { return 0 }
        let observed = cohorts.filter { $0 > 0 && $0 + e <= years.last! }
        guard !observed.isEmpty else { return nil }
        return observed.reduce(0) { $0 + trueEffect(cohort: $1, year: $1 + e) } / Double(observed.count)
    }
}
