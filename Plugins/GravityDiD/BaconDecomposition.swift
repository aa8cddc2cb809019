import GravityCore

/// Goodman-Bacon's (2021) decomposition of the two-way fixed-effects DiD coefficient on a balanced
/// panel with staggered adoption: the TWFE estimate is a weighted average of every two-group,
/// two-period DiD between timing groups, with weights that sum to one. Comparisons that use
/// already-treated units as controls ("later vs earlier treated") are the ones that bias TWFE when
/// effects change over time.
///
/// Weights follow the paper's Theorem 1: each comparison's weight is its groups' squared sample
/// share times the variance of its treatment indicator within the comparison, divided by the
/// variance of the double-demeaned treatment over the whole panel.
public struct BaconDecomposition: Sendable {
    /// The kind of a two-by-two comparison.
    public enum Kind: String, Sendable, CaseIterable {
        /// A treated cohort against never-treated units.
        case treatedVersusNever = "treated vs never treated"
        /// An earlier cohort against a later one, before the later one is treated.
        case earlierVersusLater = "earlier vs later treated"
        /// A later cohort against an earlier one that is already treated.
        case laterVersusEarlier = "later vs earlier treated"
    }

    /// One two-by-two comparison.
    public struct Comparison: Sendable {
        /// Which comparison it is.
        public let kind: Kind
        /// The cohort whose treatment the comparison measures (first treated period).
        public let treated: Double
        /// The control cohort's first treated period, nil for never-treated units.
        public let control: Double?
        /// The two-by-two DiD estimate.
        public let estimate: Double
        /// Its weight in the TWFE coefficient.
        public let weight: Double
    }

    /// Every comparison, never-treated ones first, then by cohort.
    public let comparisons: [Comparison]
    /// The weighted sum of the estimates: the TWFE coefficient.
    public let twoWayEstimate: Double
    /// Notes about the sample.
    public let notes: [String]

    /// Decomposes the TWFE regression of `outcome` on the treatment, unit and period effects.
    public init(dataset: Dataset, outcome: String, panel: PanelSpecification, timing: TimingSource) throws {
        let staggered = try StaggeredPanel(dataset: dataset, formula: try Formula("`\(outcome)` ~ 1"), panel: panel,
                                           timing: timing, estimator: "bacon decomposition")
        try self.init(staggered)
    }

    init(_ panel: StaggeredPanel) throws {
        let periods = panel.periodCount, n = Double(panel.unitCount)
        let cohorts = panel.cohorts
        var size: [Int: Double] = [:]
        for g in panel.cohort { size[g ?? -1, default: 0] += 1 }
        func share(_ g: Int?) -> Double { size[g ?? -1, default: 0] / n }
        func treatedShare(_ g: Int) -> Double { Double(periods - g) / Double(periods) }
        let variance = Self.treatmentVariance(panel)
        guard variance > 0 else {
            throw GravityError.invalidInput("The treatment does not vary once unit and period effects are removed; the TWFE coefficient is not identified.")
        }
        let means = CohortMeans(panel)
        var comparisons: [Comparison] = []
        if size[-1] != nil {
            for k in cohorts {
                let nk = share(k), nu = share(nil), d = treatedShare(k)
                let pair = nk / (nk + nu)
                let weight = (nk + nu) * (nk + nu) * pair * (1 - pair) * d * (1 - d) / variance
                let estimate = means.difference(k, nil, pre: 0..<k, post: k..<periods)
                comparisons.append(Comparison(kind: .treatedVersusNever, treated: panel.periods[k], control: nil, estimate: estimate, weight: weight))
            }
        }
        for (a, k) in cohorts.enumerated() {
            for l in cohorts[(a + 1)...] {
                let nk = share(k), nl = share(l), dk = treatedShare(k), dl = treatedShare(l)
                let pair = nk / (nk + nl)
                let early = (nk + nl) * (1 - dl)
                let earlyWeight = early * early * pair * (1 - pair) * ((dk - dl) / (1 - dl)) * ((1 - dk) / (1 - dl)) / variance
                let late = (nk + nl) * dk
                let lateWeight = late * late * pair * (1 - pair) * (dl / dk) * ((dk - dl) / dk) / variance
                comparisons.append(Comparison(kind: .earlierVersusLater, treated: panel.periods[k], control: panel.periods[l],
                                              estimate: means.difference(k, l, pre: 0..<k, post: k..<l), weight: earlyWeight))
                comparisons.append(Comparison(kind: .laterVersusEarlier, treated: panel.periods[l], control: panel.periods[k],
                                              estimate: means.difference(l, k, pre: k..<l, post: l..<periods), weight: lateWeight))
            }
        }
        self.comparisons = comparisons
        self.twoWayEstimate = comparisons.reduce(0) { $0 + $1.weight * $1.estimate }
        self.notes = panel.notes.english
    }

    /// Total weight and weighted mean estimate of each kind present.
    public var summary: [(kind: Kind, weight: Double, estimate: Double)] {
        Kind.allCases.compactMap { kind in
            let parts = comparisons.filter { $0.kind == kind }
            let weight = parts.reduce(0) { $0 + $1.weight }
            guard !parts.isEmpty, weight > 0 else { return nil }
            return (kind, weight, parts.reduce(0) { $0 + $1.weight * $1.estimate } / weight)
        }
    }

    /// The variance of the treatment indicator net of unit and period means (balanced panel):
    /// mean over cells of (D_it - D_i. - D_.t + D_..)^2.
    static func treatmentVariance(_ panel: StaggeredPanel) -> Double {
        let periods = panel.periodCount, units = panel.unitCount
        var periodMean = [Double](repeating: 0, count: periods)
        var unitMean = [Double](repeating: 0, count: units)
        for u in 0..<units {
            for t in 0..<periods where panel.isTreated(unit: u, period: t) {
                periodMean[t] += 1 / Double(units)
                unitMean[u] += 1 / Double(periods)
            }
        }
        let grand = periodMean.reduce(0, +) / Double(periods)
        var sum = 0.0
        for u in 0..<units {
            for t in 0..<periods {
                let r = (panel.isTreated(unit: u, period: t) ? 1.0 : 0.0) - unitMean[u] - periodMean[t] + grand
                sum += r * r
            }
        }
        return sum / Double(units * periods)
    }
}

/// Mean outcome per cohort (never treated included) and period, for the two-by-two comparisons.
private struct CohortMeans {
    private let periods: Int
    private var means: [Int: [Double]] = [:]

    init(_ panel: StaggeredPanel) {
        periods = panel.periodCount
        var counts: [Int: Double] = [:]
        for u in 0..<panel.unitCount {
            let key = panel.cohort[u] ?? -1
            counts[key, default: 0] += 1
            var row = means[key] ?? [Double](repeating: 0, count: periods)
            for t in 0..<periods { row[t] += panel.outcome[u * periods + t] }
            means[key] = row
        }
        for (key, count) in counts { means[key] = means[key]!.map { $0 / count } }
    }

    /// The DiD of cohort `treated` against `control` (nil: never treated) between the mean over
    /// `pre` and the mean over `post` periods.
    func difference(_ treated: Int, _ control: Int?, pre: Range<Int>, post: Range<Int>) -> Double {
        func change(_ key: Int) -> Double {
            let row = means[key]!
            return post.reduce(0) { $0 + row[$1] } / Double(post.count) - pre.reduce(0) { $0 + row[$1] } / Double(pre.count)
        }
        return change(treated) - change(control ?? -1)
    }
}
