extension ExpressionEvaluator {
    /// Group codes for `factor(column)`: levels sorted (numbers ascending, text in code-point order;
    /// a text column whose labels are all numbers, such as years read as text, ascending by value).
    static func factor(_ column: Column) -> EvaluatedValue {
        switch column {
        case .numeric(let values):
            if let compact = compactIntegerFactor(values) { return compact }
            let distinct = Set(values.filter { !$0.isNaN }).sorted()
            var codeOf: [Double: Int32] = [:]
            for (i, v) in distinct.enumerated() { codeOf[v] = Int32(i) }
            let codes = values.map { $0.isNaN ? Int32(-1) : codeOf[$0]! }
            let levels = distinct.map { v in v == v.rounded() && Swift.abs(v) < 1e15 ? String(Int64(v)) : String(v) }
            return .categorical(codes: codes, levels: levels)
        case .text(let codes, let levels):
            let numbers = levels.map(\.finiteNumberValue)
            let order = numbers.allSatisfy({ $0 != nil })
                ? levels.indices.sorted { numbers[$0]! < numbers[$1]! }
                : levels.indices.sorted { levels[$0] < levels[$1] }
            var remap = [Int32](repeating: 0, count: levels.count)
            for (newCode, oldCode) in order.enumerated() { remap[oldCode] = Int32(newCode) }
            return .categorical(codes: codes.map { $0 < 0 ? -1 : remap[Int($0)] }, levels: order.map { levels[$0] })
        }
    }

    /// The factor of whole numbers spanning a range no wider than a few times the row count
    /// (identifiers, years), by counting instead of hashing or sorting; nil for any other column.
    /// Codes and levels are those of the general path: distinct values ascending.
    ///
    /// The values are read once: each one's distance from the first value is stored as a
    /// provisional code (an exact `Int32`: whole numbers below 1e15 differ exactly), then the
    /// distances that occur are numbered in ascending order and the codes renumbered in place.
    private static func compactIntegerFactor(_ values: [Double]) -> EvaluatedValue? {
        guard let first = values.first(where: { !$0.isNaN }), Swift.abs(first) < 1e15, Double(Int64(first)) == first else { return nil }
        let widest = Double(Int32.max - 1)
        let missing = Int32.min
        var isCompact = true
        var lowest = Int32.max, highest = Int32.min
        var codes = [Int32](unsafeUninitializedCapacity: values.count) { codes, initialized in
            values.withUnsafeBufferPointer { values in
                for i in values.indices {
                    let v = values[i]
                    if v.isNaN {
                        codes[i] = missing
                        continue
                    }
                    // A whole number below 1e15 in magnitude (the conversion cannot trap after the first test).
                    guard Swift.abs(v) < 1e15, Double(Int64(v)) == v, Swift.abs(v - first) < widest else {
                        isCompact = false
                        initialized = i
                        return
                    }
                    let distance = Int32(v - first)
                    codes[i] = distance
                    lowest = Swift.min(lowest, distance)
                    highest = Swift.max(highest, distance)
                }
                initialized = values.count
            }
        }
        guard isCompact, Int(highest) - Int(lowest) < 4 * values.count + 1024 else { return nil }
        let span = Int(highest) - Int(lowest) + 1
        let origin = Int64(first) + Int64(lowest)
        var levels: [String] = []
        var codeOf = [Int32](repeating: -1, count: span)
        codeOf.withUnsafeMutableBufferPointer { codeOf in
            codes.withUnsafeMutableBufferPointer { codes in
                for code in codes where code != missing { codeOf[Int(code &- lowest)] = 0 }
                for k in 0..<span where codeOf[k] == 0 {
                    codeOf[k] = Int32(levels.count)
                    levels.append(String(origin + Int64(k)))
                }
                for i in codes.indices { codes[i] = codes[i] == missing ? -1 : codeOf[Int(codes[i] &- lowest)] }
            }
        }
        return .categorical(codes: codes, levels: levels)
    }
}

extension Column {
    /// The column as sorted categories, as `factor()` sees it: a code per row (`-1` missing) into
    /// labels ordered by value (numbers) or code point (text).
    package var categoryCodes: (codes: [Int32], levels: [String]) {
        guard case .categorical(let codes, let levels) = ExpressionEvaluator.factor(self) else { fatalError("factor() returns categories") }
        return (codes, levels)
    }
}
