import Foundation

/// `log √(2π)`.
let halfLogTwoPi = 0.918938533204672741780329736406

/// The natural logarithm of the gamma function, `log Γ(x)`, for `x > 0`.
public func logGamma(_ x: Double) -> Double {
    precondition(x > 0, "logGamma needs a positive argument, got \(x)")
    return lgamma(x)
}

/// The remainder of Stirling's formula, `δ(x) = log Γ(x) − [(x − ½) log x − x + ½ log 2π]`.
///
/// Factoring `δ` out of gamma-function ratios lets large arguments cancel analytically
/// instead of numerically. For `x ≥ 10` the asymptotic series in `1/x` (Bernoulli-number
/// coefficients `B₂ₖ / (2k(2k − 1))`) is summed up to the `x⁻¹⁵` term, which is exact to
/// rounding; below that the definition is evaluated directly.
func stirlingRemainder(_ x: Double) -> Double {
    if x >= 10 {
        let r = 1 / x
        let r2 = r * r
        return r * (1.0 / 12 - r2 * (1.0 / 360 - r2 * (1.0 / 1260 - r2 * (1.0 / 1680
            - r2 * (1.0 / 1188 - r2 * (691.0 / 360_360 - r2 * (1.0 / 156 - r2 * 3617.0 / 122_400)))))))
    }
    return lgamma(x) - (x - 0.5) * log(x) + x - halfLogTwoPi
}

/// `log Γ(1 + a)` for `0 ≤ a < 1`, accurate relative to its own (small) size near `a = 0`.
///
/// For `a < ½` this sums `−log(1 + a) + a(1 − γ) + Σₖ (−1)ᵏ (ζ(k) − 1) aᵏ / k`
/// (Abramowitz and Stegun 6.1.33); rounding `1 + a` first, as `lgamma(1 + a)` must, would
/// lose the low-order digits of `a`.
func logGammaOnePlus(_ a: Double) -> Double {
    guard a < 0.5 else { return lgamma(1 + a) }
    // (ζ(k) − 1) / k for k = 2 ... 30.
    let coefficients: [Double] = [
        0.32246703342411321824, 0.067352301053198095133, 0.020580808427784547879,
        0.0073855510286739852663, 0.0028905103307415232858, 0.0011927539117032609771,
        0.00050966952474304242234, 0.00022315475845357937976, 0.000099457512781808533715,
        0.0000449262367381331417, 0.000020507212775670691553, 9.439488275268395904e-6,
        4.3748667899074878042e-6, 2.0392157538013662368e-6, 9.5514121304074198329e-7,
        4.4924691987645660433e-7, 2.1207184805554665869e-7, 1.0043224823968099609e-7,
        4.7698101693639805658e-8, 2.271109460894316491e-8, 1.0838659214896954091e-8,
        5.1834750419700466551e-9, 2.4836745438024783172e-9, 1.1921401405860912074e-9,
        5.7313672416788620133e-10, 2.7595228851242331452e-10, 1.3304764374244489481e-10,
        6.4229645638381000221e-11, 3.1044247747322272762e-11,
    ]
    let eulerGamma = 0.57721566490153286060651209008240243
    // Horner form of c₂ − c₃a + c₄a² − …, multiplied by a² below.
    var series = 0.0
    for coefficient in coefficients.reversed() {
        series = coefficient - a * series
    }
    return -log1p(a) + a * (1 - eulerGamma) + series * a * a
}

/// The natural logarithm of the beta function, `log B(a, b)`, for `a, b > 0`.
///
/// Written through Stirling remainders so that it stays accurate when one or both arguments
/// are large (where `lgamma(a) + lgamma(b) − lgamma(a + b)` cancels catastrophically).
public func logBeta(_ a: Double, _ b: Double) -> Double {
    precondition(a > 0 && b > 0, "logBeta needs positive arguments, got \(a) and \(b)")
    let c = a + b
    let logShareA = a <= b ? log(a / c) : log1p(-b / c)
    let logShareB = b <= a ? log(b / c) : log1p(-a / c)
    return halfLogTwoPi + (a - 0.5) * logShareA + (b - 0.5) * logShareB - 0.5 * log(c)
        + stirlingRemainder(a) + stirlingRemainder(b) - stirlingRemainder(c)
}
