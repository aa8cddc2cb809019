import GravityCharts
import GravityIO

/// The potential chart: K over time for each unit over the class bands; for a frontier model,
/// efficiency on [0, 1] with the bands that exist there.
public enum PotentialChart {
    /// The chart as SVG text in `language` (title, axes; the class labels as the analysis carries
    /// them); periods must be numeric (years) to be placed on the axis. A centred analysis
    /// (`--allow-centred`) says so in its title.
    public static func svg(_ potential: TradePotential, title: String? = nil, language: RegressionTableOptions.Language = .en) -> String {
        let zh = language == .zh
        let c = potential.classification
        let series = potential.unitPaths.map { unit, rows in
            LineChart.Series(name: unit, points: rows.compactMap { row in Double(row.time).map { (x: $0, y: row.k) } })
        }
        var heading = title ?? (potential.isEfficiency ? (zh ? "技术效率 = 实际值 / 前沿" : "Technical efficiency = actual / frontier")
                                                       : (zh ? "贸易潜力 K = 实际值 / 预测值" : "Trade potential K = actual / predicted"))
        if potential.warning != nil { heading += zh ? "（个体效应使K以1为中心）" : " (centred on 1 by unit effects)" }
        let xLabel = zh ? "年份" : "Year"
        if potential.isEfficiency {
            // Efficiency never exceeds 1: the axis is [0, 1] and only the classes below 1 get a band.
            var bands = [LineChart.Band(from: 0, to: min(c.lower, 1), color: "#f4a582", label: c.labels[0])]
            if c.lower < 1 { bands.append(LineChart.Band(from: c.lower, to: min(c.upper, 1), color: "#ffffbf", label: c.labels[1])) }
            if c.upper < 1 { bands.append(LineChart.Band(from: c.upper, to: 1, color: "#92c5de", label: c.labels[2])) }
            return LineChart(title: heading, xLabel: xLabel, yLabel: zh ? "技术效率" : "Efficiency", series: series, bands: bands,
                             referenceLines: [c.lower, c.upper].filter { $0 < 1 }, yRange: 0...1).svg()
        }
        let ks = potential.rows.map(\.k)
        let top = max(ks.max() ?? c.upper, c.upper) * 1.1, bottom = min(ks.min() ?? c.lower, c.lower, 0)
        let bands = [
            LineChart.Band(from: bottom, to: c.lower, color: "#f4a582", label: c.labels[0]),
            LineChart.Band(from: c.lower, to: c.upper, color: "#ffffbf", label: c.labels[1]),
            LineChart.Band(from: c.upper, to: top, color: "#92c5de", label: c.labels[2]),
        ]
        return LineChart(title: heading, xLabel: xLabel, yLabel: "K", series: series, bands: bands, referenceLines: [c.lower, c.upper],
                         yRange: bottom...top).svg()
    }
}
