import GravityCore
import GravityLinearAlgebra
import GravityStatistics

/// Uniform confidence bands by the multiplier bootstrap of Callaway and Sant'Anna (2021), as R
/// `did::mboot`: each draw multiplies the units' influence functions by independent Rademacher
/// weights; a column's standard error is the bootstrap interquartile range over that of the
/// normal, and the critical value is the `level` quantile of the largest absolute t-statistic
/// over the columns, so that every band covers at once with probability `level`.
struct MultiplierBootstrap {
    /// Bootstrap standard error of each column (nan for a column without variation).
    let standardErrors: [Double]
    /// The simultaneous critical value.
    let criticalValue: Double
    /// Number of draws.
    let draws: Int

    /// Runs `draws` draws on the columns of `influence` (rows = units).
    init(influence: Matrix, draws: Int, level: Double, random: inout SeededRandom) {
        let n = influence.rows, k = influence.columns
        var deviations = [Double](repeating: 0, count: draws * k)
        var weights = [Double](repeating: 0, count: n)
        influence.values.withUnsafeBufferPointer { psi in
            for b in 0..<draws {
                for i in 0..<n { weights[i] = random.next() & 1 == 0 ? -1 : 1 }
                for j in 0..<k {
                    var sum = 0.0
                    let base = j * n
                    for i in 0..<n { sum += weights[i] * psi[base + i] }
                    deviations[j * draws + b] = sum / Double(n)
                }
            }
        }
        let normalIQR = 2 * NormalDistribution.standard.quantile(0.75)
        var standardErrors = [Double](repeating: .nan, count: k)
        for j in 0..<k {
            let sorted = deviations[(j * draws)..<((j + 1) * draws)].sorted()
            let spread = Self.quantile(sorted, 0.75) - Self.quantile(sorted, 0.25)
            if spread > 0 { standardErrors[j] = spread / normalIQR }
        }
        var largest = [Double](repeating: 0, count: draws)
        for b in 0..<draws {
            for j in 0..<k where standardErrors[j].isFinite {
                largest[b] = max(largest[b], abs(deviations[j * draws + b]) / standardErrors[j])
            }
        }
        self.standardErrors = standardErrors
        self.criticalValue = Self.quantile(largest.sorted(), level)
        self.draws = draws
    }

    /// R's type-1 quantile of sorted values: the smallest value whose empirical distribution reaches `p`.
    static func quantile(_ sorted: [Double], _ p: Double) -> Double {
        let index = Int((p * Double(sorted.count)).rounded(.up)) - 1
        return sorted[min(max(index, 0), sorted.count - 1)]
    }
}
