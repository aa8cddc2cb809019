/// Sum of squares of `values`.
func sumOfSquares(_ values: [Double]) -> Double {
    values.reduce(0) { $0 + $1 * $1 }
}

/// The squared Pearson correlation of two equally long series (NaN when either is constant).
func squaredCorrelation(_ a: [Double], _ b: [Double]) -> Double {
    let n = Double(a.count)
    let meanA = a.reduce(0, +) / n, meanB = b.reduce(0, +) / n
    var sab = 0.0, saa = 0.0, sbb = 0.0
    for i in 0..<a.count {
        let da = a[i] - meanA, db = b[i] - meanB
        sab += da * db
        saa += da * da
        sbb += db * db
    }
    return saa > 0 && sbb > 0 ? sab * sab / (saa * sbb) : .nan
}
