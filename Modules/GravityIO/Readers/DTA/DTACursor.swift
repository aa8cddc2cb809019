import GravityCore

/// A read position in a Stata file, decoding integers in the file's byte order and raising
/// errors that name the file and the byte offset.
struct DTACursor {
    /// The file's bytes.
    let bytes: UnsafeRawBufferPointer
    /// The file name used in errors.
    let path: String
    /// Offset of the next byte to read.
    var offset = 0
    /// Whether multi-byte numbers are stored most significant byte first.
    var bigEndian = false

    /// Bytes left after the read position.
    var remaining: Int { bytes.count - offset }

    /// Throws unless `count` more bytes exist; `what` names what is being read.
    func require(_ count: Int, for what: String) throws {
        guard count >= 0, count <= remaining else {
            throw error("The file is truncated: \(what) needs \(count) bytes at byte offset \(offset), "
                + "but the file ends at byte \(bytes.count).")
        }
    }

    /// Skips `count` bytes.
    mutating func skip(_ count: Int, for what: String) throws {
        try require(count, for: what)
        offset += count
    }

    /// The next `count` bytes.
    mutating func take(_ count: Int, for what: String) throws -> UnsafeRawBufferPointer {
        try require(count, for: what)
        defer { offset += count }
        return UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + count])
    }

    /// The next unsigned integer of `width` bytes (1 to 8) in the file's byte order.
    mutating func unsigned(_ width: Int, for what: String) throws -> UInt64 {
        try require(width, for: what)
        defer { offset += width }
        return unsignedValue(at: offset, width: width)
    }

    /// The unsigned integer of `width` bytes at `position`, in the file's byte order.
    func unsignedValue(at position: Int, width: Int) -> UInt64 {
        var value: UInt64 = 0
        for index in 0..<width {
            let byte = UInt64(bytes[position + (bigEndian ? index : width - 1 - index)])
            value = value << 8 | byte
        }
        return value
    }

    /// The next unsigned integer of `width` bytes as an `Int`, which must not exceed `limit`.
    mutating func count(_ width: Int, for what: String, limit: Int = Int(Int32.max)) throws -> Int {
        let start = offset
        let value = try unsigned(width, for: what)
        guard value <= UInt64(limit) else {
            throw error("The \(what) at byte offset \(start) is \(value), which is not plausible; the file is damaged.")
        }
        return Int(value)
    }

    /// Reads the ASCII `tag` (such as `<data>`), throwing when the file holds something else.
    mutating func expect(_ tag: String) throws {
        let expected = Array(tag.utf8)
        let start = offset
        guard remaining >= expected.count, bytes[offset..<offset + expected.count].elementsEqual(expected) else {
            throw error("Expected `\(tag)` at byte offset \(start); the file is damaged or not a Stata dataset.")
        }
        offset += expected.count
    }

    /// Whether the bytes at the read position are the ASCII `tag` (nothing is consumed).
    func sees(_ tag: String) -> Bool {
        let expected = Array(tag.utf8)
        return remaining >= expected.count && bytes[offset..<offset + expected.count].elementsEqual(expected)
    }

    /// A file-format error about this file.
    func error(_ message: String) -> GravityError {
        GravityError.fileFormat(message, path: path, line: nil, column: nil)
    }
}
