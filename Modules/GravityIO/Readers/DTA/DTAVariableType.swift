/// The storage type of a Stata variable.
enum DTAVariableType: Equatable {
    /// 1-byte signed integer; values above 100 are missing codes.
    case byte
    /// 2-byte signed integer; values above 32,740 are missing codes.
    case int
    /// 4-byte signed integer; values above 2,147,483,620 are missing codes.
    case long
    /// 4-byte IEEE float; values above the largest finite Stata float are missing codes.
    case float
    /// 8-byte IEEE double; values of 2^1023 and above are missing codes.
    case double
    /// Fixed-width string of the given number of bytes (`str#`).
    case string(Int)
    /// Long string stored in the strL table (releases 117 and later).
    case strL

    /// Bytes taken in each observation (a strL holds an 8-byte reference into the strL table).
    var width: Int {
        switch self {
        case .byte: return 1
        case .int: return 2
        case .long, .float: return 4
        case .double, .strL: return 8
        case .string(let width): return width
        }
    }

    /// The type of a legacy (113-115) type code, or `nil` when the code is undefined.
    init?(legacyCode code: UInt8) {
        switch code {
        case 251: self = .byte
        case 252: self = .int
        case 253: self = .long
        case 254: self = .float
        case 255: self = .double
        case 1...244: self = .string(Int(code))
        default: return nil
        }
    }

    /// The type of a tagged (117-119) type code, or `nil` when the code is undefined.
    init?(taggedCode code: UInt64) {
        switch code {
        case 65530: self = .byte
        case 65529: self = .int
        case 65528: self = .long
        case 65527: self = .float
        case 65526: self = .double
        case 32768: self = .strL
        case 1...2045: self = .string(Int(code))
        default: return nil
        }
    }
}
