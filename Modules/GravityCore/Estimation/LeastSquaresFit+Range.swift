import GravityLinearAlgebra

/// Checks that a least-squares fit's numbers are representable, so that an extreme column (values
/// near 1e-200 or 1e300, or one corrupted cell of 1e308) stops the fit with an error naming it
/// instead of yielding infinite or zero standard errors.
extension LeastSquaresFit {
    /// Throws when a coefficient or the variance of one (the diagonal of `covariance`, in `terms`
    /// order) is infinite or NaN, or, with `requireNormal` (for a final covariance, not for
    /// `(X'X)^-1`, which the residual variance may still bring into range), below the normal
    /// range although the fit has residual variance.
    public func checkRepresentable(covariance: Matrix, requireNormal: Bool = true) throws {
        let hasResidualVariance = requireNormal && residualSumOfSquares > 0
        for (k, term) in terms.enumerated() {
            let variance = covariance[k, k]
            if !coefficients[k].isFinite {
                throw outOfRange("The coefficient of `\(term)`", column: k)
            }
            if !variance.isFinite || (hasResidualVariance && variance < Double.leastNormalMagnitude) {
                throw outOfRange("The variance of the coefficient of `\(term)`", column: k)
            }
        }
    }

    /// Throws when the residual sum of squares `ssr` overflowed, or underflowed while the
    /// residuals are not all zero.
    static func checkResidualSumOfSquares(_ ssr: Double, residuals: [Double], response: [Double], responseName: String) throws {
        guard !ssr.isFinite || ssr < Double.leastNormalMagnitude else { return }
        guard !ssr.isFinite || largestMagnitude(of: residuals) > 0 else { return }
        let direction = ssr.isFinite ? "underflows" : "overflows"
        throw GravityError.numerical("The residual sum of squares \(direction) the range of double precision: \(responseName) has values up to \(largestMagnitude(of: response)) in magnitude. Rescale it (multiply or divide it by a power of ten) or check it for a corrupted value.")
    }

    private func outOfRange(_ what: String, column k: Int) -> GravityError {
        let largest = Self.largestMagnitude(of: Array(design.column(k)))
        return .numerical("\(what) is beyond the range of double precision: `\(terms[k])` has values up to \(largest) in magnitude. Rescale `\(terms[k])` (multiply or divide it by a power of ten; its coefficient and standard error scale accordingly) or check it for a corrupted value.")
    }

    private static func largestMagnitude(of values: [Double]) -> Double {
        values.reduce(0) { Swift.max($0, abs($1)) }
    }
}
