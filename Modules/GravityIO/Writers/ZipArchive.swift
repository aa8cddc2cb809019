import Foundation

/// A minimal zip writer (PKWARE APPNOTE 6.3: local headers, stored entries, central directory),
/// enough for Office Open XML packages such as .docx. Entries are stored uncompressed with their
/// CRC-32, names in UTF-8, and a fixed timestamp (1980-01-01) so that the same content gives the
/// same bytes.
public struct ZipArchive: Sendable {
    private var entries: [(name: String, data: [UInt8])] = []

    /// An empty archive.
    public init() {}

    /// Adds a file named `name` (forward slashes for folders) holding `data`.
    public mutating func add(_ name: String, _ data: [UInt8]) {
        entries.append((name, data))
    }

    /// Adds a UTF-8 text file.
    public mutating func add(_ name: String, text: String) {
        add(name, Array(text.utf8))
    }

    /// The archive's bytes.
    public func bytes() -> Data {
        var out: [UInt8] = [], central: [UInt8] = []
        for entry in entries {
            let name = Array(entry.name.utf8), crc = Self.crc32(entry.data), offset = UInt32(out.count)
            let size = UInt32(entry.data.count)
            // version 2.0, flag bit 11 (UTF-8 names), stored, time 00:00, date 1980-01-01
            let common: [UInt8] = Self.le16(20) + Self.le16(0x0800) + Self.le16(0) + Self.le16(0) + Self.le16(0x21)
                + Self.le32(crc) + Self.le32(size) + Self.le32(size) + Self.le16(UInt16(name.count)) + Self.le16(0)
            out += Self.le32(0x0403_4B50) + common + name + entry.data
            central += Self.le32(0x0201_4B50) + Self.le16(20) + common + Self.le16(0) + Self.le16(0) + Self.le16(0)
                + Self.le32(0) + Self.le32(offset) + name
        }
        let directoryOffset = UInt32(out.count), count = UInt16(entries.count)
        out += central
        out += Self.le32(0x0605_4B50) + Self.le16(0) + Self.le16(0) + Self.le16(count) + Self.le16(count)
            + Self.le32(UInt32(central.count)) + Self.le32(directoryOffset) + Self.le16(0)
        return Data(out)
    }

    /// The CRC-32 (ISO-HDLC, reflected polynomial 0xEDB88320) of `bytes`.
    public static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes { crc = crcTable[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }

    private static let crcTable: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
        return value
    }

    private static func le16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }
    private static func le32(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8((value >> (8 * $0)) & 0xFF) } }
}
