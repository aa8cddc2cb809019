import Foundation

/// A minimal SVG writer: shapes and text appended in drawing order, serialised as well-formed XML.
public struct SVGDocument: Sendable {
    /// Width in pixels.
    public let width: Double
    /// Height in pixels.
    public let height: Double
    private var elements: [String] = []

    /// An empty drawing of the given size with a white background.
    public init(width: Double, height: Double) {
        self.width = width
        self.height = height
        rectangle(x: 0, y: 0, width: width, height: height, fill: "#ffffff")
    }

    /// A filled rectangle, outlined when `stroke` is given.
    public mutating func rectangle(x: Double, y: Double, width: Double, height: Double, fill: String, opacity: Double = 1, stroke: String? = nil) {
        elements.append("<rect x=\"\(f(x))\" y=\"\(f(y))\" width=\"\(f(width))\" height=\"\(f(height))\" fill=\"\(fill)\" fill-opacity=\"\(f(opacity))\"\(outline(stroke))/>")
    }

    /// A straight line.
    public mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double = 1, dash: String? = nil) {
        let dashAttribute = dash.map { " stroke-dasharray=\"\($0)\"" } ?? ""
        elements.append("<line x1=\"\(f(x1))\" y1=\"\(f(y1))\" x2=\"\(f(x2))\" y2=\"\(f(y2))\" stroke=\"\(stroke)\" stroke-width=\"\(f(width))\"\(dashAttribute)/>")
    }

    /// A polyline through the points.
    public mutating func polyline(_ points: [(x: Double, y: Double)], stroke: String, width: Double = 2) {
        let list = points.map { "\(f($0.x)),\(f($0.y))" }.joined(separator: " ")
        elements.append("<polyline points=\"\(list)\" fill=\"none\" stroke=\"\(stroke)\" stroke-width=\"\(f(width))\"/>")
    }

    /// A filled circle, outlined when `stroke` is given.
    public mutating func circle(x: Double, y: Double, radius: Double, fill: String, stroke: String? = nil) {
        elements.append("<circle cx=\"\(f(x))\" cy=\"\(f(y))\" r=\"\(f(radius))\" fill=\"\(fill)\"\(outline(stroke))/>")
    }

    /// Text; `anchor` is start, middle or end; `rotate` turns it about its anchor point.
    public mutating func text(_ content: String, x: Double, y: Double, size: Double = 12, anchor: String = "start",
                              color: String = "#222222", bold: Bool = false, rotate: Double? = nil) {
        let weight = bold ? " font-weight=\"bold\"" : ""
        let transform = rotate.map { " transform=\"rotate(\(f($0)) \(f(x)) \(f(y)))\"" } ?? ""
        elements.append("<text x=\"\(f(x))\" y=\"\(f(y))\" font-family=\"DejaVu Sans, Noto Sans CJK SC, Source Han Sans SC, PingFang SC, Microsoft YaHei, SimHei, WenQuanYi Micro Hei, sans-serif\" font-size=\"\(f(size))\" text-anchor=\"\(anchor)\" fill=\"\(color)\"\(weight)\(transform)>\(Self.escape(content))</text>")
    }

    /// The document as SVG text.
    public func rendered() -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(f(width))\" height=\"\(f(height))\" viewBox=\"0 0 \(f(width)) \(f(height))\">\n"
            + elements.joined(separator: "\n") + "\n</svg>\n"
    }

    /// Escapes the XML special characters.
    public static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    private func f(_ x: Double) -> String { String(format: "%.2f", x) }

    private func outline(_ stroke: String?) -> String { stroke.map { " stroke=\"\($0)\" stroke-width=\"1\"" } ?? "" }
}
