/// Estimates with confidence intervals across models: one row per term, and in each row one marker
/// and whisker per model, in the model's colour, with a legend and a dashed line at zero. Terms
/// that are not comparable (elasticities of logged regressors, semi-elasticities of levels and
/// indicators) go in separate panels, each with its own axis.
public struct CoefficientPlot: Sendable {
    /// A point estimate and its confidence interval.
    public struct Interval: Sendable, Equatable {
        /// The estimate.
        public var estimate: Double
        /// Lower confidence bound.
        public var lower: Double
        /// Upper confidence bound.
        public var upper: Double

        /// An interval.
        public init(estimate: Double, lower: Double, upper: Double) {
            self.estimate = estimate
            self.lower = lower
            self.upper = upper
        }
    }

    /// One model: its intervals in the order of the plot's terms, `nil` where it lacks the term.
    public struct Series: Sendable {
        /// Legend label.
        public var name: String
        /// One interval per term of the plot, `nil` where absent.
        public var intervals: [Interval?]

        /// A series.
        public init(name: String, intervals: [Interval?]) {
            self.name = name
            self.intervals = intervals
        }
    }

    /// Title above the plot.
    public var title: String
    /// Label of the horizontal (estimate) axis.
    public var xLabel: String
    /// Row labels, top to bottom.
    public var terms: [String]
    /// The models, in legend order.
    public var series: [Series]
    /// The panel title of each term (consecutive terms with the same title share a panel and an
    /// axis); empty for one panel without a title.
    public var groups: [String]

    /// A plot of `series` over `terms`, in panels by `groups` (one title per term) when given.
    public init(title: String = "Coefficients", xLabel: String = "Estimate and 95% confidence interval", terms: [String], series: [Series],
                groups: [String] = []) {
        self.title = title
        self.xLabel = xLabel
        self.terms = terms
        self.series = series
        self.groups = groups
    }

    /// The panels: a title (possibly empty) and the rows of consecutive terms that share it.
    public var panels: [(title: String, rows: Range<Int>)] {
        guard groups.count == terms.count, !terms.isEmpty else { return [("", 0..<terms.count)] }
        var panels: [(title: String, rows: Range<Int>)] = []
        var start = 0
        for row in 1...terms.count where row == terms.count || groups[row] != groups[start] {
            panels.append((groups[start], start..<row))
            start = row
        }
        return panels
    }

    /// The plot as SVG text; its height grows with the number of terms, models and panels.
    public func svg(width: Double = 900) -> String {
        let labelSize = 12.0
        let left = max(80, (terms.map { TextMetrics.width($0, size: labelSize) }.max() ?? 0) + 24), right = width - 30
        let legend = ChartLegend(names: series.map(\.name), left: left, right: right, top: 50)
        let rowHeight = max(34, 16 * Double(series.count) + 14)
        let top = legend.bottom + 14
        let panelHeights = panels.map { (panel: (title: String, rows: Range<Int>)) in
            (panel.title.isEmpty ? 0 : 22) + rowHeight * Double(panel.rows.count) + 34
        }
        let height = top + panelHeights.reduce(0, +) + 24
        var doc = SVGDocument(width: width, height: height)
        doc.text(title, x: width / 2, y: 28, size: 16, anchor: "middle", bold: true)
        legend.draw(into: &doc) { doc, x, y, color in
            doc.line(x1: x, y1: y, x2: x + 18, y2: y, stroke: color, width: 2)
            doc.circle(x: x + 9, y: y, radius: 4, fill: color, stroke: "#ffffff")
        }
        var panelTop = top
        for panel in panels {
            if !panel.title.isEmpty {
                doc.text(panel.title, x: left, y: panelTop + 12, size: 13, bold: true)
                panelTop += 22
            }
            panelTop = drawPanel(rows: panel.rows, top: panelTop, left: left, right: right, rowHeight: rowHeight, labelSize: labelSize, into: &doc) + 34
        }
        // Centred under the plot, shifted left when a long axis title would pass the canvas edge.
        let halfTitle = TextMetrics.width(xLabel, size: 13) / 2
        doc.text(xLabel, x: max(halfTitle + 8, min((left + right) / 2, width - halfTitle - 8)), y: height - 20, size: 13, anchor: "middle")
        return doc.rendered()
    }

    /// Draws the rows of one panel with its own axis from `top`; returns the y of its axis line.
    private func drawPanel(rows: Range<Int>, top: Double, left: Double, right: Double, rowHeight: Double, labelSize: Double,
                           into doc: inout SVGDocument) -> Double {
        let bottom = top + rowHeight * Double(rows.count)
        let finite = series.flatMap { model in rows.compactMap { $0 < model.intervals.count ? model.intervals[$0] : nil } }
            .flatMap { [$0.lower, $0.estimate, $0.upper] }.filter(\.isFinite)
        let x = AxisScale(minimum: min(finite.min() ?? -1, 0), maximum: max(finite.max() ?? 1, 0), pixels: left...right, tickCount: 7)
        for (offset, _) in rows.enumerated() where offset % 2 == 0 {
            doc.rectangle(x: left, y: top + Double(offset) * rowHeight, width: right - left, height: rowHeight, fill: "#f2f2f2")
        }
        for tick in x.ticks {
            doc.line(x1: x.position(tick), y1: top, x2: x.position(tick), y2: bottom, stroke: "#dddddd")
            doc.text(x.label(tick), x: x.position(tick), y: bottom + 18, size: 11, anchor: "middle")
        }
        doc.line(x1: x.position(0), y1: top, x2: x.position(0), y2: bottom, stroke: "#555555", width: 1, dash: "6,4")
        doc.line(x1: left, y1: bottom, x2: right, y2: bottom, stroke: "#444444")
        for (offset, row) in rows.enumerated() {
            let centre = top + (Double(offset) + 0.5) * rowHeight
            doc.text(terms[row], x: left - 10, y: centre + 4, size: labelSize, anchor: "end")
            for (i, model) in series.enumerated() {
                guard row < model.intervals.count, let interval = model.intervals[row], interval.estimate.isFinite else { continue }
                let y = centre + (Double(i) - Double(series.count - 1) / 2) * 16
                let color = LineChart.palette[i % LineChart.palette.count]
                if interval.lower.isFinite && interval.upper.isFinite {
                    let low = x.position(interval.lower), high = x.position(interval.upper)
                    doc.line(x1: low, y1: y, x2: high, y2: y, stroke: color, width: 2)
                    doc.line(x1: low, y1: y - 4, x2: low, y2: y + 4, stroke: color, width: 2)
                    doc.line(x1: high, y1: y - 4, x2: high, y2: y + 4, stroke: color, width: 2)
                }
                doc.circle(x: x.position(interval.estimate), y: y, radius: 4.5, fill: color, stroke: "#ffffff")
            }
        }
        return bottom
    }
}
