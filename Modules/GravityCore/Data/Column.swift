/// One column of a ``Dataset``: numbers or text.
///
/// Numeric missing values are stored as `Double.nan`. Text is dictionary-encoded: each row holds
/// a code into `levels` (the distinct strings in order of first appearance), and `-1` marks a
/// missing value. Dictionary encoding keeps country codes and other identifiers compact and gives
/// panels and `factor()` terms their integer codes for free.
public enum Column: Sendable, Equatable {
    /// Numeric values; `nan` is missing.
    case numeric([Double])
    /// Text values as codes into `levels`; code `-1` is missing.
    case text(codes: [Int32], levels: [String])

    /// Number of rows.
    public var count: Int {
        switch self {
        case .numeric(let values): return values.count
        case .text(let codes, _): return codes.count
        }
    }

    /// Whether the column holds numbers.
    public var isNumeric: Bool {
        if case .numeric = self { return true }
        return false
    }

    /// Whether the value in row `i` is missing.
    public func isMissing(_ i: Int) -> Bool {
        switch self {
        case .numeric(let values): return values[i].isNaN
        case .text(let codes, _): return codes[i] < 0
        }
    }

    /// Number of missing values.
    public var missingCount: Int {
        switch self {
        case .numeric(let values): return values.reduce(0) { $0 + ($1.isNaN ? 1 : 0) }
        case .text(let codes, _): return codes.reduce(0) { $0 + ($1 < 0 ? 1 : 0) }
        }
    }

    /// The value in row `i` as text (numbers printed in their shortest exact form); `nil` when missing.
    public func text(at i: Int) -> String? {
        switch self {
        case .numeric(let values):
            let v = values[i]
            if v.isNaN { return nil }
            if v == v.rounded(), abs(v) < 1e15 { return String(Int64(v)) }
            return String(v)
        case .text(let codes, let levels):
            let code = codes[i]
            return code < 0 ? nil : levels[Int(code)]
        }
    }

    /// A text column built from optional strings; `nil` is missing.
    public static func text(_ strings: [String?]) -> Column {
        var levelIndex: [String: Int32] = [:]
        var levels: [String] = []
        var codes = [Int32](repeating: -1, count: strings.count)
        for (i, s) in strings.enumerated() {
            guard let s else { continue }
            if let code = levelIndex[s] {
                codes[i] = code
            } else {
                let code = Int32(levels.count)
                levelIndex[s] = code
                levels.append(s)
                codes[i] = code
            }
        }
        return .text(codes: codes, levels: levels)
    }

    /// A text column from codes into `levels` (`-1` missing) in the form every reader returns:
    /// levels that are equal as Swift strings (Unicode canonical equivalence: a precomposed `é`
    /// and `e` with a combining accent) become one level with the first spelling met, unused
    /// levels are dropped, and levels are numbered in order of first appearance in the rows.
    public static func text(codes: [Int32], mergingEquivalent levels: [String]) -> Column {
        var remap = [Int32](repeating: -1, count: levels.count)
        var firstCode: [String: Int32] = [:]
        var merged: [String] = []
        var renumbered = codes
        for row in renumbered.indices where renumbered[row] >= 0 {
            let code = Int(renumbered[row])
            if remap[code] < 0 {
                if let known = firstCode[levels[code]] {
                    remap[code] = known
                } else {
                    remap[code] = Int32(merged.count)
                    firstCode[levels[code]] = remap[code]
                    merged.append(levels[code])
                }
            }
            renumbered[row] = remap[code]
        }
        return .text(codes: renumbered, levels: merged)
    }

    /// The column restricted to the given rows, in the order given.
    public func selecting(rows indices: [Int]) -> Column {
        switch self {
        case .numeric(let values): return .numeric(indices.map { values[$0] })
        case .text(let codes, let levels): return .text(codes: indices.map { codes[$0] }, levels: levels)
        }
    }
}
