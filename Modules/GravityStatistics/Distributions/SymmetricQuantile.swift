/// The quantile of a distribution symmetric about zero, from the `x > 0` with upper tail `q`
/// (`upperTail(q)`, for `0 < q < ½`): `p = 0` and `p = 1` give `∓∞`, `p = ½` gives 0.
func symmetricQuantile(_ p: Double, upperTail: (Double) -> Double) -> Double {
    precondition(p.isNaN || (0...1).contains(p), "A quantile needs a probability in [0, 1], got \(p)")
    if p.isNaN { return .nan }
    if p == 0 { return -.infinity }
    if p == 1 { return .infinity }
    if p == 0.5 { return 0 }
    let magnitude = upperTail(p < 0.5 ? p : 1 - p)
    return p < 0.5 ? -magnitude : magnitude
}
