/// Reads the header of releases 117, 118 and 119 (the tagged `<stata_dta>` layout of Stata 13
/// and later).
///
/// Every section is enclosed in ASCII tags; the sections are read in order, which also checks
/// that the file is intact, and the map of section offsets is not needed.
enum DTATaggedHeader {
    /// Parses everything before the data and leaves `cursor` just after the `<data>` tag.
    static func read(_ cursor: inout DTACursor) throws -> DTALayout {
        try cursor.expect("<stata_dta>")
        try cursor.expect("<header>")
        try cursor.expect("<release>")
        let releaseOffset = cursor.offset
        let releaseText = DTALayout.text(try cursor.take(3, for: "the release number"), utf8: false)
        guard let release = Int(releaseText), (117...119).contains(release) else {
            throw DTAReader.unsupported(releaseText, at: releaseOffset, cursor: cursor)
        }
        try cursor.expect("</release>")
        try cursor.expect("<byteorder>")
        if cursor.sees("MSF") {
            cursor.bigEndian = true
        } else if !cursor.sees("LSF") {
            throw cursor.error("Unknown byte order at byte offset \(cursor.offset) (expected MSF or LSF).")
        }
        try cursor.skip(3, for: "the byte order")
        try cursor.expect("</byteorder>")
        try cursor.expect("<K>")
        let variableCount = try cursor.count(release == 119 ? 4 : 2, for: "number of variables")
        try cursor.expect("</K>")
        try cursor.expect("<N>")
        let observationCount = try cursor.count(release == 117 ? 4 : 8, for: "number of observations", limit: Int.max >> 8)
        try cursor.expect("</N>")
        try cursor.expect("<label>")
        try cursor.skip(try cursor.count(release == 117 ? 1 : 2, for: "the dataset label length"), for: "the dataset label")
        try cursor.expect("</label>")
        try cursor.expect("<timestamp>")
        try cursor.skip(try cursor.count(1, for: "the time stamp length"), for: "the time stamp")
        try cursor.expect("</timestamp>")
        try cursor.expect("</header>")
        try cursor.expect("<map>")
        try cursor.skip(14 * 8, for: "the map")
        try cursor.expect("</map>")

        try cursor.expect("<variable_types>")
        var types: [DTAVariableType] = []
        for index in 0..<variableCount {
            let start = cursor.offset
            let code = try cursor.unsigned(2, for: "the variable types")
            guard let type = DTAVariableType(taggedCode: code) else {
                throw cursor.error("Variable \(index + 1) has the unknown type code \(code) at byte offset \(start).")
            }
            types.append(type)
        }
        try cursor.expect("</variable_types>")
        let nameWidth = release == 117 ? 33 : 129
        let utf8 = release >= 118
        try cursor.expect("<varnames>")
        let names = try (0..<variableCount).map { _ in
            DTALayout.text(try cursor.take(nameWidth, for: "the variable names"), utf8: utf8)
        }
        try cursor.expect("</varnames>")
        try cursor.expect("<sortlist>")
        try cursor.skip((release == 119 ? 4 : 2) * (variableCount + 1), for: "the sort list")
        try cursor.expect("</sortlist>")
        try cursor.expect("<formats>")
        try cursor.skip((release == 117 ? 49 : 57) * variableCount, for: "the display formats")
        try cursor.expect("</formats>")
        try cursor.expect("<value_label_names>")
        let labelNames = try (0..<variableCount).map { _ in
            DTALayout.text(try cursor.take(nameWidth, for: "the value-label names"), utf8: utf8)
        }
        try cursor.expect("</value_label_names>")
        try cursor.expect("<variable_labels>")
        try cursor.skip((release == 117 ? 81 : 321) * variableCount, for: "the variable labels")
        try cursor.expect("</variable_labels>")
        try cursor.expect("<characteristics>")
        while cursor.sees("<ch>") {
            try cursor.expect("<ch>")
            try cursor.skip(try cursor.count(4, for: "the length of a characteristic"), for: "a characteristic")
            try cursor.expect("</ch>")
        }
        try cursor.expect("</characteristics>")
        try cursor.expect("<data>")
        return DTALayout(
            release: release, observationCount: observationCount, types: types, names: names, valueLabelNames: labelNames)
    }
}
