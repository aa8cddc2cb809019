/// What the header of a Stata file says about its contents, in any supported release.
struct DTALayout {
    /// The format release: 113, 114, 115, 117, 118 or 119.
    let release: Int
    /// Number of observations (rows).
    let observationCount: Int
    /// Storage type of each variable.
    let types: [DTAVariableType]
    /// Variable names.
    let names: [String]
    /// Name of the value label attached to each variable (empty for none).
    let valueLabelNames: [String]

    /// Whether strings are UTF-8 (118 and later) rather than Latin-1.
    var isUTF8: Bool { release >= 118 }
    /// Whether the file uses the tagged `<stata_dta>` layout (117 and later).
    var isTagged: Bool { release >= 117 }
    /// Bytes of the `v` part of a strL reference in the data: 4 in 117, 2 in 118, 3 in 119.
    var strLVariableWidth: Int { release == 117 ? 4 : release == 118 ? 2 : 3 }
    /// Bytes of one observation.
    var recordWidth: Int { types.reduce(0) { $0 + $1.width } }

    /// Decodes the fixed-width, NUL-terminated text field `bytes`.
    func text(_ bytes: UnsafeRawBufferPointer) -> String {
        DTALayout.text(bytes, utf8: isUTF8)
    }

    /// Decodes the text in `bytes` up to the first NUL, as UTF-8 (invalid sequences become
    /// U+FFFD) or as Latin-1.
    static func text(_ bytes: UnsafeRawBufferPointer, utf8: Bool) -> String {
        let used = UnsafeRawBufferPointer(rebasing: bytes[..<(bytes.firstIndex(of: 0) ?? bytes.count)])
        if utf8 { return String(decoding: used, as: UTF8.self) }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: used.map { Unicode.Scalar($0) })
        return String(scalars)
    }
}
