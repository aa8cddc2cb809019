import Foundation

/// The distribution of a set of values, such as technical efficiencies, as a histogram of equal-width
/// bins, with an optional dashed line at the mean.
public struct HistogramChart: Sendable {
    /// One bin: values in `lower..<upper` (the last bin also holds `upper`).
    public struct Bin: Sendable, Equatable {
        /// Lower edge.
        public var lower: Double
        /// Upper edge.
        public var upper: Double
        /// How many values fall in the bin.
        public var count: Int

        /// A bin.
        public init(lower: Double, upper: Double, count: Int) {
            self.lower = lower
            self.upper = upper
            self.count = count
        }
    }

    /// Title above the chart.
    public var title: String
    /// Label of the horizontal axis.
    public var xLabel: String
    /// Label of the vertical axis.
    public var yLabel: String
    /// The values; non-finite ones are ignored.
    public var values: [Double]
    /// Number of bins; Sturges' rule, ceil(log2 n) + 1, when `nil`.
    public var binCount: Int?
    /// The range the bins cover (for efficiencies, `0...1`); the data's range when `nil`. Values
    /// outside it are not counted.
    public var range: ClosedRange<Double>?
    /// Whether a dashed line marks the mean.
    public var showsMean: Bool
    /// The word written before the mean's value.
    public var meanLabel: String

    /// A histogram of `values`.
    public init(values: [Double], title: String = "Distribution", xLabel: String = "Value", yLabel: String = "Count",
                binCount: Int? = nil, range: ClosedRange<Double>? = nil, showsMean: Bool = true, meanLabel: String = "Mean") {
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.values = values
        self.binCount = binCount
        self.range = range
        self.showsMean = showsMean
        self.meanLabel = meanLabel
    }

    private var finiteValues: [Double] { values.filter(\.isFinite) }

    /// The mean of the finite values, or `nil` when there are none.
    public var mean: Double? {
        let finite = finiteValues
        return finite.isEmpty ? nil : finite.reduce(0, +) / Double(finite.count)
    }

    /// The bins with their counts.
    public var bins: [Bin] {
        let finite = finiteValues
        var low = range?.lowerBound ?? finite.min() ?? 0, high = range?.upperBound ?? finite.max() ?? 1
        if !(high > low) { low -= 0.5; high += 0.5 }
        let count = max(1, binCount ?? Int((log2(Double(max(finite.count, 1)))).rounded(.up)) + 1)
        let width = (high - low) / Double(count)
        var counts = Array(repeating: 0, count: count)
        for value in finite where value >= low && value <= high {
            counts[min(count - 1, Int((value - low) / width))] += 1
        }
        return counts.indices.map { Bin(lower: low + Double($0) * width, upper: $0 == count - 1 ? high : low + Double($0 + 1) * width, count: counts[$0]) }
    }

    /// The chart as SVG text.
    public func svg(width: Double = 720, height: Double = 460) -> String {
        let left = 70.0, right = width - 30, top = 50.0, bottom = height - 60
        let bins = self.bins
        let x = AxisScale(minimum: bins.first?.lower ?? 0, maximum: bins.last?.upper ?? 1, pixels: left...right)
        let y = AxisScale(minimum: 0, maximum: max(Double(bins.map(\.count).max() ?? 0) * 1.12, 4), pixels: top...bottom, reversed: true)
        var doc = SVGDocument(width: width, height: height)
        doc.text(title, x: width / 2, y: 28, size: 16, anchor: "middle", bold: true)
        for tick in y.ticks {
            doc.line(x1: left, y1: y.position(tick), x2: right, y2: y.position(tick), stroke: "#dddddd")
            doc.text(y.label(tick), x: left - 8, y: y.position(tick) + 4, size: 11, anchor: "end")
        }
        for bin in bins where bin.count > 0 {
            let barTop = y.position(Double(bin.count))
            doc.rectangle(x: x.position(bin.lower), y: barTop, width: x.position(bin.upper) - x.position(bin.lower), height: bottom - barTop,
                          fill: "#56B4E9", stroke: "#ffffff")
        }
        for tick in x.ticks {
            doc.line(x1: x.position(tick), y1: bottom, x2: x.position(tick), y2: bottom + 5, stroke: "#444444")
            doc.text(x.label(tick), x: x.position(tick), y: bottom + 18, size: 11, anchor: "middle")
        }
        if showsMean, let mean {
            let position = x.position(mean)
            doc.line(x1: position, y1: top, x2: position, y2: bottom, stroke: "#D55E00", width: 1.5, dash: "6,4")
            let label = "\(meanLabel) = \(String(format: "%.3f", mean))", labelWidth = TextMetrics.width(label, size: 11)
            let onRight = position < (left + right) / 2
            doc.rectangle(x: onRight ? position + 3 : position - 3 - labelWidth - 6, y: top + 1, width: labelWidth + 6, height: 16,
                          fill: "#ffffff", opacity: 0.85)
            doc.text(label, x: position + (onRight ? 6 : -6), y: top + 13, size: 11, anchor: onRight ? "start" : "end", color: "#D55E00")
        }
        doc.line(x1: left, y1: bottom, x2: right, y2: bottom, stroke: "#444444")
        doc.line(x1: left, y1: top, x2: left, y2: bottom, stroke: "#444444")
        doc.text(xLabel, x: (left + right) / 2, y: height - 18, size: 13, anchor: "middle")
        doc.text(yLabel, x: 20, y: (top + bottom) / 2, size: 13, anchor: "middle", rotate: -90)
        return doc.rendered()
    }
}
