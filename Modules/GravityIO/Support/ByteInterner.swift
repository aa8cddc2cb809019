/// Dictionary encoding of byte strings: each distinct byte sequence gets the next code, in order
/// of first appearance, and is decoded to a `String` only once.
///
/// Lookups hash the raw bytes (FNV-1a) into an open-addressing table and compare with `memcmp`
/// semantics, so repeated values such as country codes cost no allocation.
struct ByteInterner {
    /// The decoded levels, indexed by code.
    private(set) var levels: [String] = []
    /// The bytes of all levels, after one padding byte that keeps the storage non-empty.
    private var arena: [UInt8] = [0]
    /// Level `i` occupies `arena[starts[i] ..< starts[i + 1]]`.
    private var starts: [Int] = [1]
    private var slots: [Int32]
    private var mask: Int

    /// An empty interner.
    init() {
        slots = [Int32](repeating: -1, count: 64)
        mask = 63
    }

    /// The code of the bytes `[start, start + count)`, adding a new level when they are new.
    ///
    /// `decode` turns new bytes into a `String`; when it returns `nil` (for example, invalid
    /// UTF-8) nothing is added and the result is `nil`.
    @inline(__always)
    mutating func code(
        of start: UnsafePointer<UInt8>, count: Int, decode: (UnsafeBufferPointer<UInt8>) -> String?
    ) -> Int32? {
        let hash = ByteInterner.hash(start, count)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let existing = slots[slot]
            if existing < 0 { break }
            if matches(Int(existing), start, count) { return existing }
            slot = (slot + 1) & mask
        }
        guard let string = decode(UnsafeBufferPointer(start: start, count: count)) else { return nil }
        let code = Int32(levels.count)
        levels.append(string)
        arena.append(contentsOf: UnsafeBufferPointer(start: start, count: count))
        starts.append(arena.count)
        slots[slot] = code
        if levels.count * 2 > slots.count { grow() }
        return code
    }

    private func matches(_ code: Int, _ start: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        let lower = starts[code]
        guard starts[code + 1] - lower == count else { return false }
        return arena.withUnsafeBufferPointer { stored in
            var i = 0
            while i < count {
                if stored[lower + i] != start[i] { return false }
                i += 1
            }
            return true
        }
    }

    private mutating func grow() {
        let size = slots.count * 2
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
        arena.withUnsafeBufferPointer { stored in
            for code in 0..<levels.count {
                let lower = starts[code]
                let hash = ByteInterner.hash(stored.baseAddress! + lower, starts[code + 1] - lower)
                var slot = Int(truncatingIfNeeded: hash) & mask
                while slots[slot] >= 0 { slot = (slot + 1) & mask }
                slots[slot] = Int32(code)
            }
        }
    }

    @inline(__always)
    private static func hash(_ start: UnsafePointer<UInt8>, _ count: Int) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for i in 0..<count {
            hash = (hash ^ UInt64(start[i])) &* 0x0000_0100_0000_01b3
        }
        return hash ^ (hash >> 29)
    }
}
