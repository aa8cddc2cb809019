extension String {
    /// The finite number this label spells (`"2001"`, `" 1.5 "`; spaces and tabs around it are
    /// ignored), or nil for any other text, including `nan` and `inf`: labels that order periods or
    /// levels by value must be finite numbers.
    package var finiteNumberValue: Double? {
        let trimmed = drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed()
        guard let value = Double(String(trimmed)), value.isFinite else { return nil }
        return value
    }
}
