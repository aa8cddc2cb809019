import GravityCore
import GravityLinearAlgebra

/// The second factor of a two-way within transformation, partialled out exactly (Frisch-Waugh-Lovell).
///
/// After the rows are demeaned by the primary factor, the dummies of the secondary factor
/// (all levels but the first), demeaned the same way, are regressed out. Their Gram matrix
/// `diag(n_s) - sum_p c_p c_p' / T_p` (with `c_p` the secondary levels present in primary group
/// `p`) is built directly from the codes, in `sum_p T_p^2` operations, and inverted once; each
/// column then costs two passes over the rows. Balanced or not, the result is the exact two-way
/// within transformation; on a balanced panel it equals `x - x_i - x_t + x`.
struct DummyProjection: Sendable {
    /// The factor demeaned directly (the one with more levels).
    let primary: GroupIndex
    /// The factor whose dummies are projected out.
    let secondary: GroupIndex
    /// The inverse (or generalised inverse) of the Gram matrix of the demeaned dummies.
    private let gramInverse: Matrix
    /// The rank of that Gram matrix: the secondary effects identified beyond the primary ones.
    let rank: Int

    /// The largest number of secondary levels handled (the Gram matrix is dense).
    static let maximumLevels = 2_000

    /// Prepares the projection; throws when the secondary factor has too many levels.
    init(primary: GroupIndex, secondary: GroupIndex) throws {
        let levels = secondary.groupCount
        guard levels <= Self.maximumLevels else {
            throw GravityError.invalidInput("Two-way fixed effects need one of the two dimensions to have at most \(Self.maximumLevels) levels; both have more (\(primary.groupCount) and \(levels)).")
        }
        self.primary = primary
        self.secondary = secondary
        let size = levels - 1
        var gram = Matrix(rows: size, columns: size)
        for s in 1..<levels { gram[s - 1, s - 1] = Double(secondary.counts[s]) }
        let (rows, offsets) = primary.rowsByGroup()
        var present: [Int] = []
        for p in 0..<primary.groupCount where offsets[p + 1] > offsets[p] {
            present.removeAll(keepingCapacity: true)
            for k in offsets[p]..<offsets[p + 1] {
                let s = Int(secondary.codes[rows[k]])
                if s > 0 { present.append(s - 1) }
            }
            let weight = 1 / Double(offsets[p + 1] - offsets[p])
            for a in present {
                for b in present where b <= a { gram[a, b] -= weight }
            }
        }
        for a in 0..<size {
            for b in 0..<a { gram[b, a] = gram[a, b] }
        }
        if let cholesky = try? CholeskyDecomposition(gram) {
            gramInverse = cholesky.inverse()
            rank = size
        } else {
            (gramInverse, rank) = generalizedInverse(gram)
        }
    }

    /// The coefficients of the secondary dummies (level 0 fixed at zero) in the regression of
    /// `demeaned`, already demeaned by the primary factor, on the demeaned dummies.
    func coefficients(ofDemeaned demeaned: [Double]) -> [Double] {
        let sums = secondary.sums(demeaned)
        let gamma = gramInverse * Array(sums.dropFirst())
        return [0] + gamma
    }

    /// `demeaned` (already demeaned by the primary factor) with the demeaned dummies projected out.
    func residual(ofDemeaned demeaned: [Double]) -> [Double] {
        let gamma = coefficients(ofDemeaned: demeaned)
        let fittedDummies = primary.demeaned(secondary.expand(gamma))
        var result = demeaned
        for i in 0..<result.count { result[i] -= fittedDummies[i] }
        return result
    }
}
