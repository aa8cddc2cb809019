extension RegressionTable {
    /// Aligned plain text: the column numbers and labels as a two-line header, numbers
    /// right-aligned with their stars padded so that digits line up, rules between the sections,
    /// the notes underneath.
    func text() -> String {
        let layout = layout()
        let width = options.significanceLevels.count
        func cell(_ cell: Cell) -> String {
            guard cell.isNumber || cell.enclosure != .none else { return cell.text }
            let pad = cell.enclosure == .none ? width - cell.stars.count : max(0, width - 1)
            return cell.enclosedText + cell.stars + String(repeating: " ", count: pad)
        }
        let rows = [[layout.corner] + layout.columns] + layout.sections.flatMap { $0.map { [$0.label] + $0.cells.map(cell) } }
        var lines = TextTable(header: [""] + layout.numbers, rows: rows).rendered().split(separator: "\n").map(String.init)
        let rule = lines[1], heavy = String(repeating: "=", count: rule.count)
        lines.swapAt(1, 2)
        var index = 3
        for section in layout.sections.dropLast() {
            index += section.count
            lines.insert(rule, at: index)
            index += 1
        }
        lines = [heavy] + lines + [heavy]
        if let caption = options.caption { lines.insert(caption, at: 0) }
        let words = Vocabulary(options.language)
        lines += layout.notes.map(words.plain)
        return lines.map { String($0.reversed().drop { $0 == " " }.reversed()) }.joined(separator: "\n") + "\n"
    }
}
