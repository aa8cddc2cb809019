/// Eigenvalues by component, as bars joined by a line, with the Kaiser criterion (eigenvalue = 1)
/// as a dashed line: components whose bars rise above it are the ones the criterion keeps, drawn in
/// a darker colour.
public struct ScreePlot: Sendable {
    /// Title above the plot.
    public var title: String
    /// The eigenvalues, in component order (usually descending).
    public var eigenvalues: [Double]
    /// Labels of the components under the bars; `1`, `2`, ... when `nil`.
    public var componentLabels: [String]?
    /// Label of the horizontal axis.
    public var xLabel: String
    /// Label of the vertical axis.
    public var yLabel: String
    /// Label of the Kaiser line.
    public var kaiserLabel: String

    /// A scree plot of `eigenvalues`.
    public init(eigenvalues: [Double], componentLabels: [String]? = nil, title: String = "Scree plot", xLabel: String = "Component",
                yLabel: String = "Eigenvalue", kaiserLabel: String = "Kaiser criterion (eigenvalue = 1)") {
        self.title = title
        self.eigenvalues = eigenvalues
        self.componentLabels = componentLabels
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.kaiserLabel = kaiserLabel
    }

    /// The plot as SVG text.
    public func svg(width: Double = 720, height: Double = 460) -> String {
        let left = 70.0, right = width - 30, top = 50.0, bottom = height - 60
        let y = AxisScale(minimum: 0, maximum: max(eigenvalues.filter(\.isFinite).max() ?? 1, 1) * 1.08, pixels: top...bottom, reversed: true)
        let slot = (right - left) / Double(max(eigenvalues.count, 1))
        var doc = SVGDocument(width: width, height: height)
        doc.text(title, x: width / 2, y: 28, size: 16, anchor: "middle", bold: true)
        for tick in y.ticks {
            doc.line(x1: left, y1: y.position(tick), x2: right, y2: y.position(tick), stroke: "#dddddd")
            doc.text(y.label(tick), x: left - 8, y: y.position(tick) + 4, size: 11, anchor: "end")
        }
        var points: [(x: Double, y: Double)] = []
        for (j, value) in eigenvalues.enumerated() {
            let centre = left + (Double(j) + 0.5) * slot
            let label = componentLabels.flatMap { j < $0.count ? $0[j] : nil } ?? String(j + 1)
            doc.text(label, x: centre, y: bottom + 18, size: 11, anchor: "middle")
            guard value.isFinite else { continue }
            let barTop = y.position(max(value, 0))
            doc.rectangle(x: centre - slot * 0.3, y: barTop, width: slot * 0.6, height: bottom - barTop,
                          fill: value > 1 ? "#0072B2" : "#9ecae1")
            points.append((centre, y.position(value)))
        }
        doc.polyline(points, stroke: "#222222", width: 1.5)
        for point in points { doc.circle(x: point.x, y: point.y, radius: 3.5, fill: "#222222", stroke: "#ffffff") }
        doc.line(x1: left, y1: y.position(1), x2: right, y2: y.position(1), stroke: "#D55E00", width: 1.5, dash: "6,4")
        doc.text(kaiserLabel, x: right - 4, y: y.position(1) - 6, size: 11, anchor: "end", color: "#D55E00")
        doc.line(x1: left, y1: bottom, x2: right, y2: bottom, stroke: "#444444")
        doc.line(x1: left, y1: top, x2: left, y2: bottom, stroke: "#444444")
        doc.text(xLabel, x: (left + right) / 2, y: height - 18, size: 13, anchor: "middle")
        doc.text(yLabel, x: 20, y: (top + bottom) / 2, size: 13, anchor: "middle", rotate: -90)
        return doc.rendered()
    }
}
