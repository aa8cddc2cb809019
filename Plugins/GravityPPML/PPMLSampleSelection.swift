import GravityCore

/// The estimation sample of a PPML fit: the frame's rows less the separated ones (zero-outcome
/// fixed-effect groups and singletons, repeatedly, then the regressor check; the whole again only
/// when the regressor check dropped rows), with the reasons.
struct PPMLSampleSelection {
    var sample: PPMLSample
    var report = SeparationReport()
    /// The separation check's step, restarted for IRLS on the same buffer when the check dropped
    /// no row (``takeStep(options:)`` hands it over; no second copy of the regressors is made).
    private var checkedStep: WeightedLeastSquares? = nil

    /// Selects from `frame`, which it takes over: once the sample is restricted, the frame's full
    /// columns are released before the separation check runs.
    init(frame: consuming ModelFrame, weights: consuming [Double]?, clusterColumns: [String], options: PPMLOptions) throws {
        sample = PPMLSample(frame: consume frame, weights: consume weights, clusterColumns: clusterColumns)
        let separation = options.separation
        var rounds = 0
        repeat {
            rounds += 1
            if separation != "none" || options.dropSingletons {
                var round = SeparationReport()
                let keep = Separation.zeroGroupsAndSingletons(sample, dropZeroGroups: separation != "none",
                                                              dropSingletons: options.dropSingletons, report: &round)
                report.merge(round)
                sample.restrict(to: keep, reason: "separated by a fixed effect (a group with only zero outcomes) or a singleton; see the notes")
            }
            try Self.checkRemaining(sample, report: report)
            if separation == "all" && sample.design.matrix.columns > 0 {
                // The check's step holds the only copy of the regressors while it runs.
                var step = sample.takeLeastSquaresStep(options: options.fixedEffects, restorable: true,
                                                       collinearityTolerance: Separation.collinearityTolerance)
                var round = SeparationReport()
                let keep = try Separation.rectifier(response: sample.response, step: &step, report: &round,
                                                    fixedEffectsTolerance: options.fixedEffects.tolerance)
                report.merge(round)
                // Dropping separated rows can leave zero-outcome groups or singletons: check again.
                if round.regressorRows > 0 {
                    sample.restoreRegressors(from: consume step)
                    sample.restrict(to: keep, reason: "separated by the regressors (PPML rectifier)")
                    continue
                }
                if step.holdsEveryRegressor {
                    checkedStep = (consume step).restarted(collinearityTolerance: NormalEquationsFit.collinearityTolerance)
                } else {
                    sample.restoreRegressors(from: consume step)
                }
            }
            break
        } while rounds < 10
        try Self.checkRemaining(sample, report: report)
    }

    /// The least-squares step for IRLS on the final sample, whose raw regressors are released:
    /// from here on the step's buffer holds the only copy.
    mutating func takeStep(options: PPMLOptions) -> WeightedLeastSquares {
        if let step = checkedStep {
            checkedStep = nil
            return step
        }
        return sample.takeLeastSquaresStep(options: options.fixedEffects)
    }

    private static func checkRemaining(_ sample: PPMLSample, report: SeparationReport) throws {
        guard sample.response.contains(where: { $0 > 0 }) else {
            throw GravityError.invalidInput("No observation with a positive outcome remains after dropping \(report.totalRows) separated or singleton observation(s); there is nothing to estimate.")
        }
    }
}
