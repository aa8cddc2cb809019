import GravityCore

/// The options every estimator of the family takes to learn the treatment timing.
enum TimingOptions {
    /// `cohort` (first treated period) and `treatment` (0/1 indicator); exactly one is given.
    static let specifications = [
        OptionSpecification(name: "cohort", kind: .text, defaultValue: "",
                            help: "column with each unit's first treated period (0 or empty: never treated)"),
        OptionSpecification(name: "treatment", kind: .text, defaultValue: "",
                            help: "instead of cohort: a 0/1 column that switches on once and stays on"),
    ]

    /// The timing source the options name; throws unless exactly one of them is given.
    static func source(_ options: EstimatorOptions, estimator: String) throws -> TimingSource {
        let cohort = options.string("cohort"), treatment = options.string("treatment")
        switch (cohort.isEmpty, treatment.isEmpty) {
        case (false, true): return .cohort(cohort)
        case (true, false): return .indicator(treatment)
        case (false, false):
            throw GravityError.invalidOption("`\(estimator)` takes either cohort=<column> or treatment=<column>, not both.")
        case (true, true):
            throw GravityError.invalidOption("`\(estimator)` needs the treatment timing: --option cohort=<first treated period column> (0 or empty for never treated), or --option treatment=<0/1 column>.")
        }
    }
}
