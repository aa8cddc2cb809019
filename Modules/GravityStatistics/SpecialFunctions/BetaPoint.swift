import Foundation

/// A point of the unit interval carried as `x`, `y = 1 − x` and both logarithms.
///
/// Distribution functions know `x` and `1 − x` more accurately than either can be recovered
/// from the other (a t statistic gives `x = ν / (ν + t²)` and `1 − x = t² / (ν + t²)`), and
/// with large shape parameters `a·log x` must not be computed from a rounded `x` near 1.
struct BetaPoint {
    /// The point `x`.
    let x: Double
    /// Its complement `1 − x`.
    let y: Double
    /// `log x`.
    let logX: Double
    /// `log(1 − x)`.
    let logY: Double

    /// The point with `(1 − x) / x = ratio`, i.e. `x = 1 / (1 + ratio)`, for `ratio ≥ 0`
    /// (possibly `+∞`).
    init(ratio: Double) {
        x = 1 / (1 + ratio)
        logX = -log1p(ratio)
        if ratio > 1 {
            y = 1 / (1 + 1 / ratio)
            logY = -log1p(1 / ratio)
        } else {
            y = ratio / (1 + ratio)
            logY = log(ratio) - log1p(ratio)
        }
    }

    /// The point with `log((1 − x) / x) = logRatio`, for ratios too large to represent
    /// (`x` may then underflow while `log x` stays exact).
    init(logRatio: Double) {
        if logRatio < 0 {
            self.init(ratio: exp(logRatio))
            return
        }
        let inverse = exp(-logRatio)
        let logX = -logRatio - log1p(inverse)
        self.init(x: exp(logX), y: 1 / (1 + inverse), logX: logX, logY: -log1p(inverse))
    }

    /// The point `x` with `1 − x` computed by subtraction.
    init(x: Double) {
        self.x = x
        y = 1 - x
        logX = log(x)
        logY = log1p(-x)
    }

    /// The same point seen from the other end of the interval, `1 − x`.
    var mirrored: BetaPoint {
        BetaPoint(x: y, y: x, logX: logY, logY: logX)
    }

    private init(x: Double, y: Double, logX: Double, logY: Double) {
        self.x = x
        self.y = y
        self.logX = logX
        self.logY = logY
    }
}
