/// Approximate text widths, for laying out labels without a font engine.
enum TextMetrics {
    /// The width of `text` at font `size`: East Asian wide characters count a full em, others
    /// about 0.62 em (DejaVu Sans averages a little less).
    static func width(_ text: String, size: Double) -> Double {
        text.unicodeScalars.reduce(0) { total, scalar in
            let v = scalar.value
            let wide = (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
                || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
            return total + size * (wide ? 1.0 : 0.62)
        }
    }
}
