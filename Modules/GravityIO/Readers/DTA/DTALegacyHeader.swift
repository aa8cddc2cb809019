/// Reads the header of releases 113, 114 and 115 (the binary layout of Stata 8 to 12).
///
/// Layout: a 109-byte header (release, byte order, file type, padding, variable count,
/// observation count, label, time stamp), the type list, names, sort list, display formats,
/// value-label names, variable labels, and expansion fields; the data follow.
enum DTALegacyHeader {
    /// Parses the header at the start of the file and leaves `cursor` at the first observation.
    static func read(_ cursor: inout DTACursor, release: Int) throws -> DTALayout {
        try cursor.skip(1, for: "the release number")
        let order = try cursor.unsigned(1, for: "the byte order")
        guard order == 1 || order == 2 else {
            throw cursor.error("Unknown byte order code \(order) at byte offset 1 (expected 1 or 2).")
        }
        cursor.bigEndian = order == 1
        try cursor.skip(2, for: "the file type")
        let variableCount = try cursor.count(2, for: "number of variables")
        let observationCount = try cursor.count(4, for: "number of observations", limit: Int(UInt32.max))
        try cursor.skip(81 + 18, for: "the dataset label and time stamp")

        var types: [DTAVariableType] = []
        for index in 0..<variableCount {
            let start = cursor.offset
            let code = UInt8(try cursor.unsigned(1, for: "the variable types"))
            guard let type = DTAVariableType(legacyCode: code) else {
                throw cursor.error("Variable \(index + 1) has the unknown type code \(code) at byte offset \(start).")
            }
            types.append(type)
        }
        let names = try (0..<variableCount).map { _ in
            DTALayout.text(try cursor.take(33, for: "the variable names"), utf8: false)
        }
        try cursor.skip(2 * (variableCount + 1), for: "the sort list")
        try cursor.skip((release == 113 ? 12 : 49) * variableCount, for: "the display formats")
        let labelNames = try (0..<variableCount).map { _ in
            DTALayout.text(try cursor.take(33, for: "the value-label names"), utf8: false)
        }
        try cursor.skip(81 * variableCount, for: "the variable labels")
        while true {
            let kind = try cursor.unsigned(1, for: "an expansion field")
            let length = try cursor.count(4, for: "the length of an expansion field")
            if kind == 0 && length == 0 { break }
            try cursor.skip(length, for: "an expansion field")
        }
        return DTALayout(
            release: release, observationCount: observationCount, types: types, names: names, valueLabelNames: labelNames)
    }
}
