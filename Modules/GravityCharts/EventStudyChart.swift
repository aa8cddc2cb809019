/// An event-study chart: effects by event time with confidence intervals, one series per
/// estimator (dodged side by side), a dashed zero line, a dotted vertical line at the reference
/// period, and optionally the true effects of a simulation as a line.
public struct EventStudyChart: Sendable {
    /// One estimate with its interval.
    public struct Point: Sendable {
        /// Event time.
        public var eventTime: Int
        /// The estimate.
        public var estimate: Double
        /// Lower bound of the interval.
        public var lower: Double
        /// Upper bound of the interval.
        public var upper: Double

        /// A point.
        public init(eventTime: Int, estimate: Double, lower: Double, upper: Double) {
            self.eventTime = eventTime
            self.estimate = estimate
            self.lower = lower
            self.upper = upper
        }
    }

    /// One estimator's points.
    public struct Series: Sendable {
        /// Legend label.
        public var name: String
        /// Points.
        public var points: [Point]

        /// A series.
        public init(name: String, points: [Point]) {
            self.name = name
            self.points = points
        }
    }

    /// Title above the plot.
    public var title: String
    /// Label of the x axis.
    public var xLabel: String
    /// Label of the y axis.
    public var yLabel: String
    /// The estimators' series.
    public var series: [Series]
    /// The reference period, marked by a vertical dotted line.
    public var referencePeriod: Int
    /// Known true effects by event time (simulations), drawn as a black line, with its legend label.
    public var truth: (label: String, values: [(eventTime: Int, effect: Double)])?

    /// A chart.
    public init(title: String, xLabel: String, yLabel: String, series: [Series], referencePeriod: Int = -1,
                truth: (label: String, values: [(eventTime: Int, effect: Double)])? = nil) {
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.series = series
        self.referencePeriod = referencePeriod
        self.truth = truth
    }

    /// The chart as SVG text.
    public func svg(width: Double = 900, height: Double = 540) -> String {
        let left = 80.0, right = width - 30, top = 90.0, bottom = height - 60
        let times: [Int] = series.flatMap { $0.points.map(\.eventTime) } + (truth?.values.map(\.eventTime) ?? []) + [referencePeriod]
        let values: [Double] = series.flatMap { $0.points.flatMap { [$0.lower, $0.upper] } } + (truth?.values.map(\.effect) ?? []) + [0]
        let first = times.min() ?? -1, last = times.max() ?? 1
        let x = AxisScale(wholeNumbersFrom: first, through: last, pixels: (left + 30)...(right - 30))
        let y = AxisScale(minimum: values.filter(\.isFinite).min() ?? -1, maximum: values.filter(\.isFinite).max() ?? 1, pixels: top...bottom, reversed: true)
        var doc = SVGDocument(width: width, height: height)
        doc.text(title, x: width / 2, y: 28, size: 16, anchor: "middle", bold: true)
        for tick in y.ticks {
            doc.line(x1: left, y1: y.position(tick), x2: right, y2: y.position(tick), stroke: "#e4e4e4")
            doc.text(y.label(tick), x: left - 8, y: y.position(tick) + 4, size: 11, anchor: "end")
        }
        for tick in x.ticks { doc.text(x.label(tick), x: x.position(tick), y: bottom + 18, size: 11, anchor: "middle") }
        doc.line(x1: left, y1: bottom, x2: right, y2: bottom, stroke: "#444444")
        doc.line(x1: left, y1: top, x2: left, y2: bottom, stroke: "#444444")
        doc.line(x1: left, y1: y.position(0), x2: right, y2: y.position(0), stroke: "#555555", width: 1, dash: "6,4")
        let reference = x.position(Double(referencePeriod))
        doc.line(x1: reference, y1: top, x2: reference, y2: bottom, stroke: "#888888", width: 1, dash: "2,3")
        let step = x.ticks.count > 1 ? x.position(x.ticks[1]) - x.position(x.ticks[0]) : 40
        let dodge = min(12, step * 0.6 / Double(max(1, series.count)))
        var legend: [(String, String, Bool)] = []
        if let truth {
            let points = truth.values.sorted { $0.eventTime < $1.eventTime }.map { (x: x.position(Double($0.eventTime)), y: y.position($0.effect)) }
            doc.polyline(points, stroke: "#000000", width: 2)
            legend.append((truth.label, "#000000", false))
        }
        for (s, line) in series.enumerated() {
            let color = LineChart.palette[s % LineChart.palette.count]
            let offset = (Double(s) - Double(series.count - 1) / 2) * dodge
            for point in line.points {
                let px = x.position(Double(point.eventTime)) + offset
                if point.lower.isFinite && point.upper.isFinite {
                    doc.line(x1: px, y1: y.position(point.lower), x2: px, y2: y.position(point.upper), stroke: color, width: 1.6)
                }
                doc.circle(x: px, y: y.position(point.estimate), radius: 3.5, fill: color)
            }
            legend.append((line.name, color, true))
        }
        let perRow = max(1, Int((right - left) / 170))
        for (i, entry) in legend.enumerated() {
            let lx = left + Double(i % perRow) * 170, ly = 50 + Double(i / perRow) * 18
            if entry.2 {
                doc.line(x1: lx + 11, y1: ly - 7, x2: lx + 11, y2: ly + 7, stroke: entry.1, width: 1.6)
                doc.circle(x: lx + 11, y: ly, radius: 3.5, fill: entry.1)
            } else {
                doc.line(x1: lx, y1: ly, x2: lx + 22, y2: ly, stroke: entry.1, width: 2)
            }
            doc.text(entry.0, x: lx + 28, y: ly + 4, size: 12)
        }
        doc.text(xLabel, x: (left + right) / 2, y: height - 18, size: 13, anchor: "middle")
        doc.text(yLabel, x: 22, y: (top + bottom) / 2, size: 13, anchor: "middle", rotate: -90)
        return doc.rendered()
    }
}
