/// The strL section of a tagged Stata file: long strings stored once and referenced from the data.
///
/// Each entry is `GSO`, the variable `v` (4 bytes), the observation `o` (4 bytes in 117, 8 later),
/// a type byte (129 binary, 130 ASCII with a trailing NUL), a 4-byte length and the contents. Both
/// types are decoded as text up to the first NUL.
enum DTAStrLTable {
    /// Reads `</data><strls>...</strls>` from `cursor`, returning the strings by reference.
    static func read(_ cursor: inout DTACursor, layout: DTALayout) throws -> [DTAStrLKey: String] {
        try cursor.expect("</data>")
        try cursor.expect("<strls>")
        var table: [DTAStrLKey: String] = [:]
        while cursor.sees("GSO") {
            let start = cursor.offset
            try cursor.skip(3, for: "a strL")
            let v = try cursor.unsigned(4, for: "a strL variable number")
            let o = try cursor.unsigned(layout.release == 117 ? 4 : 8, for: "a strL observation number")
            let type = try cursor.unsigned(1, for: "a strL type")
            guard type == 129 || type == 130 else {
                throw cursor.error("The strL at byte offset \(start) has the unknown type \(type) (expected 129 or 130).")
            }
            let length = try cursor.count(4, for: "a strL length", limit: Int(UInt32.max))
            table[DTAStrLKey(v: v, o: o)] = layout.text(try cursor.take(length, for: "a strL"))
        }
        try cursor.expect("</strls>")
        return table
    }

    /// The text column of strL `references`; the empty reference (0, 0) and empty strings are missing.
    static func column(_ references: [DTAStrLKey], table: [DTAStrLKey: String], name: String, cursor: DTACursor) throws -> [String?] {
        let empty = DTAStrLKey(v: 0, o: 0)
        return try references.map { key in
            if key == empty { return nil }
            guard let text = table[key] else {
                throw cursor.error("Variable `\(name)` refers to strL (\(key.v), \(key.o)), which the strL section does not define.")
            }
            return text.isEmpty ? nil : text
        }
    }
}
