import Foundation
import GravityCore
import GravityIO
import GravityLinearAlgebra

/// Percentile intervals for every country figure: the cost coefficients are redrawn from their
/// estimated sampling distribution (normal, with the baseline fit's covariance, cluster-robust
/// when the fit was clustered), the costs rebuilt, and the whole counterfactual solved again.
/// Draws that fail (no convergence, invalid costs) are counted and reported, never dropped silently.
public struct GEBootstrap: Sendable {
    /// Draws requested.
    public var draws: Int
    /// Draws that failed, with the first few reasons.
    public var failed: Int
    /// Up to five distinct failure messages.
    public var failureReasons: [String]
    /// The seed of the coefficient draws.
    public var seed: UInt64
    /// Level of the intervals (0.95: the 2.5th and 97.5th percentiles).
    public var level: Double
    /// Per country, per figure (``CountryChanges/keys`` order): the conditional interval.
    public var conditional: [[ClosedRange<Double>]]
    /// Per country, per figure: the full-endowment interval, when computed.
    public var full: [[ClosedRange<Double>]]?

    /// Runs `draws` redraws of `prepared`'s cost coefficients with `settings`, on all cores.
    public init(_ prepared: PreparedCounterfactual, settings: GESettings, draws: Int, seed: UInt64, level: Double = 0.95) throws {
        try self.init(prepared: [prepared], sectors: nil, settings: settings, draws: draws, seed: seed, level: level)
    }

    /// Runs `draws` redraws of every sector's cost coefficients (independently: each sector has
    /// its own baseline fit) and reports intervals for the country totals.
    public init(sectors: SectorBreakdown, settings: GESettings, draws: Int, seed: UInt64, level: Double = 0.95) throws {
        try self.init(prepared: sectors.prepared, sectors: sectors.sectors, settings: settings, draws: draws, seed: seed, level: level)
    }

    /// `sectors` labels the prepared inputs of a multi-sector analysis; nil for one sector.
    private init(prepared: [PreparedCounterfactual], sectors: [String]?, settings: GESettings, draws: Int, seed: UInt64, level: Double) throws {
        let models = try prepared.map { part in
            guard let model = part.costModel else {
                throw GravityError.invalidOption("--bootstrap redraws estimated cost coefficients; with given costs (--costs) there is nothing to redraw.")
            }
            return model
        }
        guard draws >= 2 else { throw GravityError.invalidOption("--bootstrap needs at least 2 draws, not \(draws).") }
        let roots = try models.map { model in
            do { return try CholeskyDecomposition(model.covariance) } catch {
                throw GravityError.numerical("The covariance of the cost coefficients is not positive definite, so they cannot be redrawn: \(error)")
            }
        }
        var random = SeededRandom(seed: seed)
        let coefficientDraws: [[[Double]]] = (0..<draws).map { _ in
            zip(models, roots).map { model, root in
                let k = model.coefficients.count
                let z = (0..<k).map { _ in random.normal() }
                return (0..<k).map { i in model.coefficients[i] + (0...i).reduce(0) { $0 + root.lower[i, $1] * z[$1] } }
            }
        }
        let bases = prepared.map(\.input)
        let outcomes = Parallel.map(draws) { d -> GEOutcome in
            let inputs = try bases.indices.map { s in
                let costs = models[s].costs(coefficientDraws[d][s])
                let base = bases[s]
                return try GEInput(countries: base.countries, trade: base.trade, baselineCosts: costs.baseline,
                                   counterfactualCosts: costs.counterfactual, sigma: base.sigma, reference: base.reference)
            }
            if let sectors { return try SectorCounterfactual.solve(try SectorInputs(sectors: sectors, inputs: inputs), settings: settings).total }
            return try GECounterfactual.solve(inputs[0], settings: settings)
        }
        let successes = outcomes.compactMap { try? $0.get() }
        var reasons: [String] = []
        for case .failure(let error) in outcomes where reasons.count < 5 {
            let text = "\(error)"
            if !reasons.contains(text) { reasons.append(text) }
        }
        guard successes.count >= 2 else {
            throw GravityError.numerical("Only \(successes.count) of \(draws) bootstrap draws could be solved; first failure: \(reasons.first ?? "none").")
        }
        self.draws = draws
        failed = draws - successes.count
        failureReasons = reasons
        self.seed = seed
        self.level = level
        conditional = Self.intervals(successes.map(\.conditionalChanges), level: level)
        let fullDraws = successes.compactMap(\.fullChanges)
        full = fullDraws.count == successes.count ? Self.intervals(fullDraws, level: level) : nil
    }

    /// Per country and figure, the central `level` percentile interval over the draws.
    private static func intervals(_ draws: [[CountryChanges]], level: Double) -> [[ClosedRange<Double>]] {
        let countries = draws[0].count, figures = CountryChanges.keys.count
        let alpha = (1 - level) / 2
        return (0..<countries).map { c in
            (0..<figures).map { f in
                let sorted = draws.map { $0[c].values[f] }.sorted()
                return percentile(sorted, alpha)...percentile(sorted, 1 - alpha)
            }
        }
    }

    /// The `q` quantile of sorted values, interpolating linearly (R's type 7).
    static func percentile(_ sorted: [Double], _ q: Double) -> Double {
        let position = q * Double(sorted.count - 1)
        let low = Int(position.rounded(.down)), high = min(low + 1, sorted.count - 1)
        return sorted[low] + (position - Double(low)) * (sorted[high] - sorted[low])
    }
}
