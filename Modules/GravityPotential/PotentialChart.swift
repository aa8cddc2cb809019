import GravityCharts

/// The potential chart: K over time for each unit over the three class bands.
public enum PotentialChart {
    /// The chart as SVG text; periods must be numeric (years) to be placed on the axis.
    public static func svg(_ potential: TradePotential, title: String = "Trade potential K = actual / predicted") -> String {
        let c = potential.classification
        let series = potential.unitPaths.map { unit, rows in
            LineChart.Series(name: unit, points: rows.compactMap { row in Double(row.time).map { (x: $0, y: row.k) } })
        }
        let ks = potential.rows.map(\.k)
        let top = max(ks.max() ?? c.upper, c.upper) * 1.1, bottom = min(ks.min() ?? c.lower, c.lower, 0)
        let bands = [
            LineChart.Band(from: bottom, to: c.lower, color: "#f4a582", label: c.labels[0]),
            LineChart.Band(from: c.lower, to: c.upper, color: "#ffffbf", label: c.labels[1]),
            LineChart.Band(from: c.upper, to: top, color: "#92c5de", label: c.labels[2]),
        ]
        return LineChart(title: title, xLabel: "Year", yLabel: "K", series: series, bands: bands, referenceLines: [c.lower, c.upper]).svg()
    }
}
