import GravityCore

extension PanelTests {
    /// Runs the named tests on `data`, fitting what they need with classical covariances:
    /// pooled OLS, `fe` (with the request's `effect` option) and `re` (with its `method`).
    /// Each result's note says what the test implies at 5%.
    public static func run(_ kinds: [PanelTestKind], data: Dataset, request: FitRequest) throws -> [TestResult] {
        guard !kinds.isEmpty else { return [] }
        var classical = request
        classical.covariance = .classical
        func fit(_ estimator: some Estimator) throws -> EstimationResult {
            var own = classical
            own.options = request.options.filter { key, _ in estimator.descriptor.options.contains { $0.name == key } }
            return try estimator.fit(data, request: own)
        }
        let sample = try PanelSample(data: data, request: classical, estimator: "compare")
        let needsFE = kinds.contains(.f) || kinds.contains(.hausman)
        let fe = needsFE ? try fit(FixedEffectsEstimator()) : nil
        let re = kinds.contains(.hausman) ? try fit(RandomEffectsEstimator()) : nil
        let pooledResiduals = kinds.contains(.bp) || kinds.contains(.honda) ? try sample.pooledFit().residuals : []
        return try kinds.map { kind in
            switch kind {
            case .f:
                let effect = PanelEffect(rawValue: classical.options["effect"] ?? "") ?? .individual
                guard let test = fe!.tests.first(where: { $0.name == "F test for \(effect.adjective) effects" }) else {
                    throw GravityError.invalidInput("The F test for \(effect.adjective) effects needs fewer coefficients than the pooled model has residual degrees of freedom.")
                }
                return test
            case .bp, .honda:
                return lagrangeMultiplier(kind == .bp ? .breuschPagan : .honda, effect: .individual, residuals: pooledResiduals,
                                          unit: sample.unit, time: sample.time)
            case .hausman:
                return try hausman(consistent: fe!, efficient: re!)
            case .robustHausman:
                return try regressionHausman(data: data, request: classical, covariance: .clusterRobust)
            }
        }
    }
}
