import GravityCore
import GravityLinearAlgebra

/// The covariance of the auxiliary regression of the regression-based Hausman test.
public enum AuxiliaryCovariance: String, Sendable, CaseIterable {
    /// Classical least-squares covariance (plm's `phtest(method = "aux")` without `vcov`).
    case classical
    /// Cluster-robust by unit without small-sample factor (plm's
    /// `vcov = function(x) vcovHC(x, method = "arellano")`, whose default type is HC0).
    case clusterRobust = "cluster-robust"
}

extension PanelTests {
    /// The regression-based (Mundlak-Wooldridge) Hausman test, as plm's `phtest(method = "aux")`:
    /// the quasi-demeaned response of the random-effects model (variance components by the
    /// request's `method` option, Swamy-Arora by default) is regressed on a constant, the
    /// quasi-demeaned regressors and the within-demeaned regressors; the Wald statistic that the
    /// within-demeaned regressors' coefficients are zero is chi-square with as many degrees of
    /// freedom. With a cluster-robust covariance it remains valid under heteroskedasticity and
    /// serial correlation, where the classic test does not (Stata's `xtoverid` tests the same
    /// restrictions).
    ///
    /// With the cluster-robust covariance and fewer units than the auxiliary regression's
    /// coefficients plus one, the covariance is singular (rank at most G - 1) and the test is
    /// reported as not computable: NaN statistic and p-value, the reason and counts in its note.
    ///
    /// On a balanced panel the constant and the quasi-demeaned constant span the same column.
    /// On an unbalanced panel the constant is a column of ones, as in plm.
    public static func regressionHausman(data: Dataset, request: FitRequest, covariance: AuxiliaryCovariance) throws -> TestResult {
        let method = request.options["method"].flatMap(RandomEffectsMethod.init(rawValue:)) ?? .swamyArora
        var classical = request
        classical.covariance = .classical
        let sample = try PanelSample(data: data, request: classical, estimator: "re")
        let regression = try RandomEffectsRegression(sample: sample, method: method)
        let quasi = regression.fit, within = regression.within.fit
        let slopes = quasi.terms.indices.filter { quasi.terms[$0] != "(Intercept)" }
        let columns = [[Double](repeating: 1, count: sample.observationCount)] + slopes.map { quasi.design.column($0) }
            + (0..<within.rank).map { within.design.column($0) }
        let withinNames = within.terms.map { "\($0) (within)" }
        let names = ["(Intercept)"] + slopes.map { quasi.terms[$0] } + withinNames
        let auxiliary = try LeastSquaresFit(response: regression.response,
                                            design: DesignMatrix(matrix: Matrix(columnList: columns), columnNames: names, hasIntercept: true))
        let matrix: Matrix
        switch covariance {
        case .classical:
            matrix = (auxiliary.residualSumOfSquares / Double(sample.observationCount - auxiliary.rank)) * auxiliary.bread
        case .clusterRobust:
            matrix = RobustCovariance.cluster(design: auxiliary.design, residuals: auxiliary.residuals, bread: auxiliary.bread,
                                              clusters: [sample.structure.unit]) { _ in 1 }
        }
        let tested = auxiliary.terms.indices.filter { withinNames.contains(auxiliary.terms[$0]) }
        let clusters = sample.structure.unit.count
        if covariance == .clusterRobust && clusters - 1 < auxiliary.rank {
            // The cluster-robust covariance is a sum of G score outer products that sum to zero: its
            // rank is at most G - 1. With fewer clusters than the auxiliary regression's coefficients
            // it is singular, and the Wald statistic of the tested block has no chi-square
            // distribution (on the study panel: 6 clusters, 13 coefficients, chi2 in the tens of thousands).
            return TestResult(name: "Regression-based Hausman test (\(covariance.rawValue))", statistic: .nan, df: Double(tested.count), pValue: .nan,
                              distribution: "chi2",
                              note: "\(clusters) clusters for \(auxiliary.rank) coefficients of the auxiliary regression (\(tested.count) tested): a cluster-robust covariance has rank at most G - 1 = \(clusters - 1), so it is singular and the statistic has no chi-square distribution. Use the classic Hausman test, or more clusters.")
        }
        guard var test = WaldTest.zeroRestriction(name: "Regression-based Hausman test (\(covariance.rawValue))", estimates: auxiliary.coefficients,
                                                  covariance: matrix, indices: tested, denominatorDF: nil) else {
            throw GravityError.numerical("The auxiliary regression's covariance of the within-demeaned regressors is not positive definite; the regression-based Hausman test cannot be computed.")
        }
        test.note = rejects(test.pValue)
            ? "At 5% the unit effects are correlated with the regressors: random effects are inconsistent and fixed effects are favoured."
            : "At 5% there is no evidence that the unit effects are correlated with the regressors: random effects are favoured."
        return test
    }
}
