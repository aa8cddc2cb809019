/// A horizontal legend that wraps onto further lines when the names do not fit, coloured from
/// ``LineChart/palette`` in order.
struct ChartLegend {
    private let items: [(name: String, x: Double, y: Double)]
    /// The y below the last line of the legend.
    let bottom: Double

    private static let keyWidth = 18.0, gap = 6.0, spacing = 22.0, lineHeight = 20.0, size = 12.0

    /// A legend for `names` laid out from `left` to `right`, its first line centred at `top`.
    init(names: [String], left: Double, right: Double, top: Double) {
        var items: [(name: String, x: Double, y: Double)] = []
        var x = left, y = top
        for name in names {
            let width = Self.keyWidth + Self.gap + TextMetrics.width(name, size: Self.size)
            if x > left && x + width > right {
                x = left
                y += Self.lineHeight
            }
            items.append((name, x, y))
            x += width + Self.spacing
        }
        self.items = items
        bottom = names.isEmpty ? top : y + Self.lineHeight / 2
    }

    /// Draws each item: its key by `key(document, x, y, colour)` in an 18-pixel slot, then its name.
    func draw(into doc: inout SVGDocument, key: (inout SVGDocument, Double, Double, String) -> Void) {
        for (i, item) in items.enumerated() {
            key(&doc, item.x, item.y, LineChart.palette[i % LineChart.palette.count])
            doc.text(item.name, x: item.x + Self.keyWidth + Self.gap, y: item.y + 4, size: Self.size)
        }
    }
}
