extension StringProtocol {
    /// Width on a terminal: East Asian wide and full-width characters (CJK, Hangul, full-width
    /// forms, most emoji) take two columns, every other character one.
    package var terminalWidth: Int {
        reduce(0) { width, character in
            guard let v = character.unicodeScalars.first?.value else { return width }
            let wide = (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) && v != 0x303F
                || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v)
                || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1F64F).contains(v)
                || (0x1F900...0x1F9FF).contains(v) || (0x20000...0x3FFFD).contains(v)
            return width + (wide ? 2 : 1)
        }
    }
}
