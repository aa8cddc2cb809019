/// The four aggregations of group-time effects of Callaway and Sant'Anna (2021), as R
/// `did::aggte`: simple (cohort-size weighted over post-treatment cells), dynamic (by event time
/// e = t - g, overall the mean over e >= 0), group (by cohort over its post-treatment periods,
/// overall size weighted) and calendar (by period over the cohorts treated by then, overall the
/// mean over periods).
struct CallawaySantAnnaAggregates {
    /// The overall ATT: cohort-size weighted over all post-treatment cells.
    let simple: AggregatedEffect
    /// Effects by event time (in periods).
    let dynamic: EffectProfile
    /// Effects by cohort.
    let group: EffectProfile
    /// Effects by calendar period.
    let calendar: EffectProfile
    /// Event time of each `dynamic` level, in periods.
    let eventTimes: [Int]

    init(_ effects: GroupTimeEffects) {
        let aggregation = EffectAggregation(effects)
        let cells = effects.cells
        let panel = effects.panel
        let post = cells.indices.filter { cells[$0].group <= cells[$0].time }
        simple = aggregation.sizeWeighted(post, label: nil)

        let eventTimes = Array(Set(cells.map { $0.time - $0.group })).sorted()
        let byEvent = eventTimes.map { e in
            aggregation.sizeWeighted(cells.indices.filter { cells[$0].time - cells[$0].group == e }, label: String(e))
        }
        let nonNegative = zip(eventTimes, byEvent).filter { $0.0 >= 0 }.map(\.1)
        dynamic = EffectProfile(overall: EffectAggregation.mean(nonNegative), levels: byEvent)
        self.eventTimes = eventTimes

        let cohorts = Array(Set(post.map { cells[$0].group })).sorted()
        let byCohort = cohorts.map { g in
            aggregation.equallyWeighted(post.filter { cells[$0].group == g }, label: panel.periodLabel(g))
        }
        let cohortParts = zip(cohorts, byCohort).map { (cohort: $0.0, estimate: $0.1.estimate, influence: $0.1.influence) }
        group = EffectProfile(overall: aggregation.sizeWeighted(cohortParts, label: nil), levels: byCohort)

        let periods = Array(Set(post.map { cells[$0].time })).sorted()
        let byPeriod = periods.map { t in
            aggregation.sizeWeighted(post.filter { cells[$0].time == t }, label: panel.periodLabel(t))
        }
        calendar = EffectProfile(overall: EffectAggregation.mean(byPeriod), levels: byPeriod)
    }
}
