import Foundation

/// `u − log(1 + u)` for `u > −1`, without the cancellation of the naive difference near 0.
///
/// This is the deviance-like term that remains when the leading linear parts of density
/// kernels such as `xᵃ e⁻ˣ` cancel. For `|u| < ½` it uses `log(1 + u) = 2 atanh(v)`,
/// `v = u / (2 + u)`, which gives `u·v − 2(v³/3 + v⁵/5 + …)`, a series in `v² ≤ 1/9`.
func linearMinusLogOnePlus(_ u: Double) -> Double {
    guard abs(u) < 0.5 else { return u - log1p(u) }
    let v = u / (2 + u)
    let v2 = v * v
    var power = v
    var sum = 0.0
    var k = 1.0
    while true {
        power *= v2
        let term = power / (2 * k + 1)
        let updated = sum + term
        if updated == sum { break }
        sum = updated
        k += 1
    }
    return u * v - 2 * sum
}
