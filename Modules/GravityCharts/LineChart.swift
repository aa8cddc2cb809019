/// A line chart with shaded horizontal bands, such as K over time per unit with threshold bands.
public struct LineChart: Sendable {
    /// One line.
    public struct Series: Sendable {
        /// Legend label.
        public var name: String
        /// Points in x order.
        public var points: [(x: Double, y: Double)]

        /// A series.
        public init(name: String, points: [(x: Double, y: Double)]) {
            self.name = name
            self.points = points
        }
    }

    /// A shaded band between two y values, labelled at the right.
    public struct Band: Sendable {
        /// Lower y.
        public var from: Double
        /// Upper y.
        public var to: Double
        /// Fill colour.
        public var color: String
        /// Label.
        public var label: String

        /// A band.
        public init(from: Double, to: Double, color: String, label: String) {
            self.from = from
            self.to = to
            self.color = color
            self.label = label
        }
    }

    /// Title above the plot.
    public var title: String
    /// Label of the x axis.
    public var xLabel: String
    /// Label of the y axis.
    public var yLabel: String
    /// The lines.
    public var series: [Series]
    /// Shaded bands, drawn under the lines.
    public var bands: [Band]
    /// Dashed horizontal reference lines.
    public var referenceLines: [Double]
    /// The y axis's range when it is fixed (efficiency on [0, 1]); nil to fit the data and reference lines.
    public var yRange: ClosedRange<Double>?

    /// A chart.
    public init(title: String, xLabel: String, yLabel: String, series: [Series], bands: [Band] = [], referenceLines: [Double] = [],
                yRange: ClosedRange<Double>? = nil) {
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.series = series
        self.bands = bands
        self.referenceLines = referenceLines
        self.yRange = yRange
    }

    /// A colour-blind-friendly palette (Okabe-Ito), cycled for the series.
    public static let palette = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442"]

    /// The chart as SVG text.
    public func svg(width: Double = 900, height: Double = 520) -> String {
        // The right margin holds the band labels: as wide as the longest, so that none is cut off.
        let labelRoom = max(130, (bands.map { TextMetrics.width($0.label, size: 11) }.max() ?? 0) + 24)
        let left = 70.0, right = width - labelRoom, top = 72.0, bottom = height - 60
        let xs = series.flatMap { $0.points.map(\.x) }, ys = series.flatMap { $0.points.map(\.y) } + referenceLines
        let wholeNumbers = !xs.isEmpty && xs.allSatisfy { $0 == $0.rounded() } && (xs.max()! - xs.min()!) <= 30
        let x = wholeNumbers ? AxisScale(wholeNumbersFrom: Int(xs.min()!), through: Int(xs.max()!), pixels: (left + 20)...(right - 20))
            : AxisScale(minimum: xs.min() ?? 0, maximum: xs.max() ?? 1, pixels: left...right)
        let y = AxisScale(minimum: yRange?.lowerBound ?? ys.min() ?? 0, maximum: yRange?.upperBound ?? ys.max() ?? 1, pixels: top...bottom, reversed: true)
        var doc = SVGDocument(width: width, height: height)
        doc.text(title, x: width / 2, y: 28, size: 16, anchor: "middle", bold: true)
        for band in bands {
            let lo = max(band.from, y.lower), hi = min(band.to, y.upper)
            guard hi > lo else { continue }
            doc.rectangle(x: left, y: y.position(hi), width: right - left, height: y.position(lo) - y.position(hi), fill: band.color, opacity: 0.35)
            doc.text(band.label, x: right + 8, y: (y.position(lo) + y.position(hi)) / 2 + 4, size: 11)
        }
        for tick in y.ticks {
            doc.line(x1: left, y1: y.position(tick), x2: right, y2: y.position(tick), stroke: "#dddddd")
            doc.text(y.label(tick), x: left - 8, y: y.position(tick) + 4, size: 11, anchor: "end")
        }
        for tick in x.ticks {
            doc.text(x.label(tick), x: x.position(tick), y: bottom + 18, size: 11, anchor: "middle")
        }
        doc.line(x1: left, y1: bottom, x2: right, y2: bottom, stroke: "#444444")
        doc.line(x1: left, y1: top, x2: left, y2: bottom, stroke: "#444444")
        for value in referenceLines {
            doc.line(x1: left, y1: y.position(value), x2: right, y2: y.position(value), stroke: "#555555", width: 1, dash: "6,4")
        }
        for (i, line) in series.enumerated() {
            let color = Self.palette[i % Self.palette.count]
            let points = line.points.map { (x: x.position($0.x), y: y.position($0.y)) }
            doc.polyline(points, stroke: color)
            for point in points { doc.circle(x: point.x, y: point.y, radius: 3.5, fill: color) }
            let perRow = max(1, Int((right - left) / 110))
            let legendX = left + Double(i % perRow) * 110, legendY = 46 + Double(i / perRow) * 16
            doc.line(x1: legendX, y1: legendY, x2: legendX + 22, y2: legendY, stroke: color, width: 3)
            doc.text(line.name, x: legendX + 28, y: legendY + 4, size: 12)
        }
        doc.text(xLabel, x: (left + right) / 2, y: height - 18, size: 13, anchor: "middle")
        doc.text(yLabel, x: 20, y: (top + bottom) / 2, size: 13, anchor: "middle", rotate: -90)
        return doc.rendered()
    }
}
