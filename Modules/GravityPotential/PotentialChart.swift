import GravityCharts
import GravityCore
import GravityIO

/// The potential chart: K over time for each unit over the class bands; for a frontier model,
/// efficiency on [0, 1] with the bands that exist there.
public enum PotentialChart {
    /// The chart as SVG text in `language` (title, axes, class labels); periods must be numeric
    /// (years) to be placed on the axis. The title names the model and the prediction K divides
    /// by, taken from the analysis (the same setting its notes state); a centred analysis
    /// (`--allow-centred`) says so in its title.
    public static func svg(_ potential: TradePotential, language: RegressionTableOptions.Language = .en) -> String {
        let words = PotentialWording(language)
        let c = potential.classification
        let labels = c.labels(in: language)
        let series = potential.unitPaths.map { unit, rows in
            LineChart.Series(name: unit, points: rows.compactMap { row in Double(row.time).map { (x: $0, y: row.k) } })
        }
        let title = words.title(potential)
        if potential.isEfficiency {
            // Efficiency never exceeds 1: the axis is [0, 1] and only the classes below 1 get a band.
            var bands = [LineChart.Band(from: 0, to: min(c.lower, 1), color: "#f4a582", label: labels[0])]
            if c.lower < 1 { bands.append(LineChart.Band(from: c.lower, to: min(c.upper, 1), color: "#ffffbf", label: labels[1])) }
            if c.upper < 1 { bands.append(LineChart.Band(from: c.upper, to: 1, color: "#92c5de", label: labels[2])) }
            return LineChart(title: title, xLabel: words.timeAxis, yLabel: words.efficiencyAxis, series: series, bands: bands,
                             referenceLines: [c.lower, c.upper].filter { $0 < 1 }, yRange: 0...1).svg()
        }
        let ks = potential.rows.map(\.k)
        let top = max(ks.max() ?? c.upper, c.upper) * 1.1, bottom = min(ks.min() ?? c.lower, c.lower, 0)
        let bands = [
            LineChart.Band(from: bottom, to: c.lower, color: "#f4a582", label: labels[0]),
            LineChart.Band(from: c.lower, to: c.upper, color: "#ffffbf", label: labels[1]),
            LineChart.Band(from: c.upper, to: top, color: "#92c5de", label: labels[2]),
        ]
        return LineChart(title: title, xLabel: words.timeAxis, yLabel: "K", series: series, bands: bands, referenceLines: [c.lower, c.upper],
                         yRange: bottom...top).svg()
    }
}
