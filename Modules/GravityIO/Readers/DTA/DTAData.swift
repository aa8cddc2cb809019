#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A reference from the data to an entry of the strL table: variable `v`, observation `o`.
struct DTAStrLKey: Hashable {
    /// The variable part.
    let v: UInt64
    /// The observation part.
    let o: UInt64
}

/// One variable as stored in the data section, before strLs and value labels are resolved.
enum DTARawColumn {
    /// Numbers, with every Stata missing value (`.`, `.a` ... `.z`) as `nan`.
    case numeric([Double])
    /// Fixed-width strings, dictionary-encoded; empty strings are missing (code -1).
    case text(codes: [Int32], levels: [String])
    /// References into the strL table, one per observation.
    case strL([DTAStrLKey])
}

/// Decodes the observations of a Stata file, variable by variable.
enum DTAData {
    /// The columns held in `data`, which holds `layout.observationCount` records.
    static func columns(_ data: UnsafeRawBufferPointer, layout: DTALayout, bigEndian: Bool) -> [DTARawColumn] {
        let rows = layout.observationCount
        let stride = layout.recordWidth
        var offset = 0
        var columns: [DTARawColumn] = []
        for type in layout.types {
            let field = data.baseAddress.map { $0 + offset }
            offset += type.width
            guard let field, rows > 0 else {
                columns.append(empty(type))
                continue
            }
            switch type {
            case .byte:
                columns.append(.numeric(numbers(field, rows, stride) { (raw: UInt8) in
                    let value = Int8(bitPattern: raw)
                    return value > 100 ? .nan : Double(value)
                }))
            case .int:
                columns.append(.numeric(numbers(field, rows, stride) { (raw: UInt16) in
                    let value = Int16(bitPattern: bigEndian ? UInt16(bigEndian: raw) : UInt16(littleEndian: raw))
                    return value > 32_740 ? .nan : Double(value)
                }))
            case .long:
                columns.append(.numeric(numbers(field, rows, stride) { (raw: UInt32) in
                    let value = Int32(bitPattern: bigEndian ? UInt32(bigEndian: raw) : UInt32(littleEndian: raw))
                    return value > 2_147_483_620 ? .nan : Double(value)
                }))
            case .float:
                let largest = Float(bitPattern: 0x7EFF_FFFF)
                columns.append(.numeric(numbers(field, rows, stride) { (raw: UInt32) in
                    let value = Float(bitPattern: bigEndian ? UInt32(bigEndian: raw) : UInt32(littleEndian: raw))
                    return value.isNaN || value > largest ? .nan : Double(value)
                }))
            case .double:
                let largest = Double(bitPattern: 0x7FDF_FFFF_FFFF_FFFF)
                columns.append(.numeric(numbers(field, rows, stride) { (raw: UInt64) in
                    let value = Double(bitPattern: bigEndian ? UInt64(bigEndian: raw) : UInt64(littleEndian: raw))
                    return value.isNaN || value > largest ? .nan : value
                }))
            case .string(let width):
                columns.append(strings(field, rows, stride, width: width, utf8: layout.isUTF8))
            case .strL:
                let variableBits = UInt64(8 * layout.strLVariableWidth)
                let observationMask: UInt64 = (1 << (64 - variableBits)) - 1
                let keys = (0..<rows).map { row -> DTAStrLKey in
                    let raw = field.loadUnaligned(fromByteOffset: row * stride, as: UInt64.self)
                    if bigEndian {
                        let value = UInt64(bigEndian: raw)
                        return DTAStrLKey(v: value >> (64 - variableBits), o: value & observationMask)
                    }
                    let value = UInt64(littleEndian: raw)
                    return DTAStrLKey(v: value & ((1 << variableBits) - 1), o: value >> variableBits)
                }
                columns.append(.strL(keys))
            }
        }
        return columns
    }

    /// A column of the given type with no observations.
    private static func empty(_ type: DTAVariableType) -> DTARawColumn {
        switch type {
        case .string: return .text(codes: [], levels: [])
        case .strL: return .strL([])
        default: return .numeric([])
        }
    }

    /// Applies `convert` to the raw value of type `Raw` in each record.
    @inline(__always)
    private static func numbers<Raw: FixedWidthInteger>(
        _ field: UnsafeRawPointer, _ rows: Int, _ stride: Int, _ convert: (Raw) -> Double
    ) -> [Double] {
        [Double](unsafeUninitializedCapacity: rows) { buffer, initialized in
            for row in 0..<rows {
                buffer[row] = convert(field.loadUnaligned(fromByteOffset: row * stride, as: Raw.self))
            }
            initialized = rows
        }
    }

    /// The `str#` values of one variable, cut at the first NUL and dictionary-encoded.
    private static func strings(_ field: UnsafeRawPointer, _ rows: Int, _ stride: Int, width: Int, utf8: Bool) -> DTARawColumn {
        var interner = ByteInterner()
        let codes = (0..<rows).map { row -> Int32 in
            let start = (field + row * stride).assumingMemoryBound(to: UInt8.self)
            let length = memchr(start, 0, width).map { UnsafeRawPointer($0) - UnsafeRawPointer(start) } ?? width
            guard length > 0 else { return -1 }
            return interner.code(of: start, count: length) { DTALayout.text(UnsafeRawBufferPointer($0), utf8: utf8) }!
        }
        return .text(codes: codes, levels: interner.levels)
    }
}
