import GravityCore
import GravityLinearAlgebra

/// The covariance of Gardner's two-stage estimator with the first stage's estimation error
/// accounted for (Gardner 2021; Butts and Gardner 2022, R `did2s`): with X1 the first stage's
/// design (unit and period indicators and covariates), X10 its rows zeroed for treated
/// observations, X2 the second stage's design and e1, e2 the two stages' residuals, each cluster
/// contributes s_g = X2_g' e2_g - Gamma' X10_g' e1_g with Gamma = (X10'X10)^-1 X1'X2, and
/// V = (X2'X2)^-1 (sum_g s_g s_g') (X2'X2)^-1, without a small-sample factor.
///
/// Gamma is solved by eliminating the unit block of X10'X10, which is diagonal: what remains is a
/// dense system in the periods and covariates only, so nothing of size units x units is formed.
/// (The fixed-effects engine demeans data columns; this right-hand side is not one.)
enum TwoStageCovariance {
    /// V for second-stage design `design` (rows of the sample, column-major) with residuals `residuals`.
    static func covariance(sample: DiDRegressionSample, firstStage: ImputationFirstStage, design: Matrix, residuals: [Double],
                           bread: Matrix) throws -> Matrix {
        let unit = sample.frame.fixedEffects[0], time = sample.frame.fixedEffects[1]
        let n = sample.count, k = design.columns, units = unit.count
        let covariates = sample.covariates.matrix, kept = firstStage.keptCovariates
        let m = time.count - 1 + kept.count
        func smallRow(_ i: Int) -> [(Int, Double)] {
            var entries: [(Int, Double)] = []
            let t = Int(time.codes[i])
            if t > 0 { entries.append((t - 1, 1)) }
            for (j, column) in kept.enumerated() { entries.append((time.count - 1 + j, covariates[i, column])) }
            return entries
        }
        var unitCount = [Double](repeating: 0, count: units)
        var cross = [Double](repeating: 0, count: units * m)
        var small = Matrix(rows: m, columns: m)
        var unitSums = [Double](repeating: 0, count: units * k)
        var smallSums = Matrix(rows: m, columns: k)
        for i in 0..<n {
            let u = Int(unit.codes[i]), row = smallRow(i)
            for c in 0..<k {
                let x = design[i, c]
                unitSums[u * k + c] += x
                for (j, w) in row { smallSums[j, c] += w * x }
            }
            guard firstStage.untreated[i] else { continue }
            unitCount[u] += 1
            for (j, w) in row {
                cross[u * m + j] += w
                for (l, v) in row { small[j, l] += w * v }
            }
        }
        for u in 0..<units {
            for j in 0..<m where cross[u * m + j] != 0 {
                for l in 0..<m { small[j, l] -= cross[u * m + j] * cross[u * m + l] / unitCount[u] }
            }
        }
        let inverse: Matrix
        do { inverse = try symmetricInverse(small) } catch {
            throw GravityError.numerical("did2s: the first stage's normal equations are singular (a period without untreated observations, or collinear covariates); its standard errors cannot be computed.")
        }
        var unitGamma = [Double](repeating: 0, count: units * k)
        var smallGamma = Matrix(rows: m, columns: k)
        for c in 0..<k {
            var right = (0..<m).map { smallSums[$0, c] }
            for u in 0..<units where unitSums[u * k + c] != 0 {
                for j in 0..<m { right[j] -= cross[u * m + j] * unitSums[u * k + c] / unitCount[u] }
            }
            let solution = inverse * right
            for j in 0..<m { smallGamma[j, c] = solution[j] }
            for u in 0..<units {
                var value = unitSums[u * k + c]
                for j in 0..<m { value -= cross[u * m + j] * solution[j] }
                unitGamma[u * k + c] = value / unitCount[u]
            }
        }
        var scores = Matrix(rows: sample.unit.count, columns: k)
        for i in 0..<n {
            let g = Int(sample.unit.codes[i]), u = Int(unit.codes[i])
            let row = firstStage.untreated[i] ? smallRow(i) : []
            for c in 0..<k {
                var s = design[i, c] * residuals[i]
                if firstStage.untreated[i] {
                    var h = unitGamma[u * k + c]
                    for (j, w) in row { h += w * smallGamma[j, c] }
                    s -= firstStage.adjusted[i] * h
                }
                scores[g, c] += s
            }
        }
        return Sandwich.symmetrized(Sandwich.sandwich(bread: bread, meat: scores.crossProduct()))
    }
}
