import Foundation

/// A symmetric tridiagonal matrix `T` together with an orthogonal basis `Z` such that the
/// original symmetric matrix equals `Z T Z'`.
///
/// Built by Householder reduction, then diagonalised by implicit QR steps with Wilkinson
/// shifts (Golub and Van Loan, *Matrix Computations*, sections 8.3.1 to 8.3.3), every Givens
/// rotation being accumulated into `Z`. Once diagonal, `diagonal` holds the eigenvalues and
/// the columns of `basis` the matching unit eigenvectors.
struct SymmetricTridiagonal {
    /// The diagonal of `T`.
    var diagonal: [Double]
    /// The sub-diagonal of `T`: entry `i` couples rows `i` and `i + 1`.
    var offDiagonal: [Double]
    /// The orthogonal basis `Z`.
    var basis: Matrix

    /// Reduces the symmetric part `(a + a') / 2` of the square matrix `a`.
    init(reducing a: Matrix) {
        let n = a.rows
        var work = Matrix(rows: n, columns: n)
        for j in 0..<n {
            for i in 0..<n { work[i, j] = (a[i, j] + a[j, i]) / 2 }
        }
        // Householder vectors, one per reduced column: vectors[k] acts on rows k + 1 ..< n.
        var vectors: [[Double]] = []
        var scales: [Double] = []
        var product = [Double](repeating: 0, count: n)
        for k in 0..<Swift.max(n - 2, 0) {
            let m = n - k - 1
            var v = (0..<m).map { work[k + 1 + $0, k] }
            let alpha = v.withUnsafeBufferPointer { x in
                VectorKernels.norm(x.baseAddress!, count: m, sumOfSquares: VectorKernels.dot(x.baseAddress!, x.baseAddress!, count: m))
            }
            guard alpha > 0 else {
                vectors.append([])
                scales.append(0)
                continue
            }
            // v = x - s e1 with s = -sign(x0) alpha, so that (I - scale v v') x = s e1.
            let head = v[0]
            let s = head > 0 ? -alpha : alpha
            v[0] = head - s
            let scale = 1 / (alpha * (alpha + abs(head)))
            // Two-sided update of the trailing block B: B - v w' - w v' with
            // p = scale B v and w = p - (scale / 2)(v'p) v.
            for i in 0..<m {
                var sum = 0.0
                for j in 0..<m { sum += work[k + 1 + i, k + 1 + j] * v[j] }
                product[i] = scale * sum
            }
            var vp = 0.0
            for i in 0..<m { vp += v[i] * product[i] }
            let correction = scale / 2 * vp
            for i in 0..<m { product[i] -= correction * v[i] }
            for j in 0..<m {
                for i in 0..<m {
                    work[k + 1 + i, k + 1 + j] -= v[i] * product[j] + product[i] * v[j]
                }
            }
            work[k + 1, k] = s
            work[k, k + 1] = s
            for i in 1..<m {
                work[k + 1 + i, k] = 0
                work[k, k + 1 + i] = 0
            }
            vectors.append(v)
            scales.append(scale)
        }
        // Accumulate Z = H_0 H_1 ... H_{n-3} from the right-most reflection outwards.
        var z = Matrix.identity(n)
        for k in stride(from: vectors.count - 1, through: 0, by: -1) where scales[k] != 0 {
            let v = vectors[k]
            for j in (k + 1)..<n {
                var sum = 0.0
                for i in 0..<v.count { sum += v[i] * z[k + 1 + i, j] }
                let factor = scales[k] * sum
                for i in 0..<v.count { z[k + 1 + i, j] -= factor * v[i] }
            }
        }
        diagonal = work.diagonalEntries
        offDiagonal = (0..<Swift.max(n - 1, 0)).map { work[$0 + 1, $0] }
        basis = z
    }

    /// Drives the off-diagonal to zero by implicit symmetric QR steps.
    ///
    /// An off-diagonal entry is set to zero once it is negligible next to its two diagonal
    /// neighbours; NaN entries count as negligible, so the iteration always ends.
    mutating func diagonalize() {
        let n = diagonal.count
        var high = n - 1
        var steps = 0
        while high > 0 {
            if isNegligible(high - 1) {
                offDiagonal[high - 1] = 0
                high -= 1
                continue
            }
            var low = high - 1
            while low > 0 && !isNegligible(low - 1) { low -= 1 }
            if low > 0 { offDiagonal[low - 1] = 0 }
            steps += 1
            if steps > 50 * n {
                // Symmetric QR with Wilkinson shifts converges far sooner on finite input.
                offDiagonal[high - 1] = 0
                continue
            }
            implicitStep(from: low, to: high)
        }
    }

    /// Whether the coupling between rows `i` and `i + 1` is negligible.
    private func isNegligible(_ i: Int) -> Bool {
        let size = Double.ulpOfOne * (abs(diagonal[i]) + abs(diagonal[i + 1]))
        return !(abs(offDiagonal[i]) > Swift.max(size, Double.leastNormalMagnitude))
    }

    /// One implicit QR step with a Wilkinson shift on the unreduced block `low...high`.
    private mutating func implicitStep(from low: Int, to high: Int) {
        // The shift is the eigenvalue of the trailing 2 by 2 block nearer its last diagonal entry.
        let half = (diagonal[high - 1] - diagonal[high]) / 2
        let coupling = offDiagonal[high - 1]
        let denominator = half + (half >= 0 ? 1 : -1) * hypot(half, coupling)
        let shift = diagonal[high] - coupling * (coupling / denominator)
        var x = diagonal[low] - shift
        var z = offDiagonal[low]
        for k in low..<high {
            // The rotation G in rows k, k + 1 with G'(x, z) = (r, 0); for k > low it removes the bulge.
            let r = hypot(x, z)
            let c = r == 0 ? 1 : x / r
            let s = r == 0 ? 0 : -z / r
            if k > low { offDiagonal[k - 1] = r }
            let a = diagonal[k], b = offDiagonal[k], d = diagonal[k + 1]
            diagonal[k] = c * c * a - 2 * c * s * b + s * s * d
            diagonal[k + 1] = s * s * a + 2 * c * s * b + c * c * d
            offDiagonal[k] = c * s * (a - d) + (c * c - s * s) * b
            if k + 1 < high {
                x = offDiagonal[k]
                z = -s * offDiagonal[k + 1]
                offDiagonal[k + 1] *= c
            }
            rotateBasis(k, c: c, s: s)
        }
    }

    /// Replaces columns `k` and `k + 1` of the basis by `c z_k - s z_{k+1}` and `s z_k + c z_{k+1}`.
    private mutating func rotateBasis(_ k: Int, c: Double, s: Double) {
        let n = basis.rows
        basis.values.withUnsafeMutableBufferPointer { z in
            let left = k * n, right = (k + 1) * n
            for i in 0..<n {
                let p = z[left + i], q = z[right + i]
                z[left + i] = c * p - s * q
                z[right + i] = s * p + c * q
            }
        }
    }
}
