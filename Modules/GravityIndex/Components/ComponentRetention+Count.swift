import GravityCore

extension ComponentRetention {
    /// The number of components to keep given the eigenvalues (descending) and their cumulative
    /// shares of variance, with a note when the rule had to be bent.
    ///
    /// - Throws: ``GravityError/invalidOption(_:)`` for a count outside `1...p` or a target outside (0, 1].
    func count(eigenvalues: [Double], cumulative: [Double]) throws -> (count: Int, note: BilingualText?) {
        let p = eigenvalues.count
        switch self {
        case .kaiser:
            let above = eigenvalues.filter { $0 > 1 }.count
            if above == 0 {
                return (1, BilingualText("No eigenvalue exceeds 1 (the indicators are nearly uncorrelated); the first component was kept.",
                                         chinese: "没有大于 1 的特征值（各指标几乎不相关）；保留了第一个主成分。"))
            }
            return (above, nil)
        case .fixed(let k):
            guard (1...p).contains(k) else {
                throw GravityError.invalidOption("The number of components must lie between 1 and \(p) (the number of indicators), not \(k).")
            }
            return (k, nil)
        case .cumulativeVariance(let target):
            guard target > 0 && target <= 1 else {
                throw GravityError.invalidOption("The cumulative variance target is a share between 0 and 1 (for example 0.85), not \(target).")
            }
            let k = (cumulative.firstIndex { $0 >= target - 1e-12 } ?? p - 1) + 1
            return (k, nil)
        }
    }
}
