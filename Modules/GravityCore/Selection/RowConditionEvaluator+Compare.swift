/// Comparisons and `%in%`.
extension RowConditionEvaluator {
    func compare(_ op: String, _ lhs: RowConditionValue, _ rhs: RowConditionValue,
                 at position: Int, rhsPosition: Int) throws -> [Truth] {
        if case .logical = lhs { throw failure("a condition cannot be compared; combine conditions with `&` or `|`", at: position) }
        if case .logical = rhs { throw failure("a condition cannot be compared; combine conditions with `&` or `|`", at: rhsPosition) }
        switch (lhs.asTextColumn, rhs.asTextColumn) {
        case (nil, nil), (_?, _?):
            return numericOrTextComparison(op, lhs, rhs)
        case (nil, _?):
            let (number, text) = try reconciled(number: lhs, text: rhs, op: op, at: rhsPosition)
            return numericOrTextComparison(op, number, text)
        case (_?, nil):
            let (number, text) = try reconciled(number: rhs, text: lhs, op: op, at: position)
            return numericOrTextComparison(op, text, number)
        }
    }

    /// A comparison between text and a number made comparable: a quoted number becomes that
    /// number; a number compared for equality with a text column becomes the text it prints as
    /// (R's coercion). Anything else is an error.
    private func reconciled(number: RowConditionValue, text: RowConditionValue, op: String, at position: Int) throws -> (RowConditionValue, RowConditionValue) {
        if case .text(let string) = text {
            guard let value = Double(string.trimmingWhitespace()) else {
                throw failure("\"\(string)\" is text but the other side is a number; compare numbers with numbers", at: position)
            }
            return (number, .number(value))
        }
        guard case .number(let value) = number, op == "==" || op == "!=" else {
            throw failure("a text column cannot be ordered against numbers or compared with a numeric column; put the value in quotes to compare text", at: position)
        }
        return (.text(Column.numeric([value]).text(at: 0) ?? "NA"), text)
    }

    /// The comparison of two numeric or two text values.
    private func numericOrTextComparison(_ op: String, _ lhs: RowConditionValue, _ rhs: RowConditionValue) -> [Truth] {
        guard let a = lhs.asTextColumn, let b = rhs.asTextColumn else { return numericComparison(op, lhs, rhs) }
        let (x, y) = Self.ranks(a, b)
        return numericComparison(op, x, y)
    }

    /// Both sides as ranks in one sorted list of their texts (equal texts share a rank), so that
    /// text compares like numbers; missing text becomes `nan`.
    private static func ranks(_ a: (codes: [Int32]?, levels: [String]), _ b: (codes: [Int32]?, levels: [String])) -> (RowConditionValue, RowConditionValue) {
        let union = a.levels + b.levels
        let order = union.indices.sorted { union[$0] < union[$1] }
        var rank = [Double](repeating: 0, count: union.count)
        var current = 0.0
        for (k, index) in order.enumerated() {
            if k > 0 && union[index] != union[order[k - 1]] { current += 1 }
            rank[index] = current
        }
        func ranked(_ codes: [Int32]?, offset: Int) -> RowConditionValue {
            guard let codes else { return .number(rank[offset]) }
            return .numbers(codes.map { $0 < 0 ? .nan : rank[offset + Int($0)] })
        }
        return (ranked(a.codes, offset: 0), ranked(b.codes, offset: a.levels.count))
    }

    private func numericComparison(_ op: String, _ lhs: RowConditionValue, _ rhs: RowConditionValue) -> [Truth] {
        let (x, cx) = lhs.numericParts, (y, cy) = rhs.numericParts
        let holds: (Double, Double) -> Bool
        switch op {
        case "==": holds = { $0 == $1 }
        case "!=": holds = { $0 != $1 }
        case "<": holds = { $0 < $1 }
        case "<=": holds = { $0 <= $1 }
        case ">": holds = { $0 > $1 }
        default: holds = { $0 >= $1 }
        }
        return (0..<dataset.rowCount).map { i in
            let u = x?[i] ?? cx, v = y?[i] ?? cy
            if u.isNaN || v.isNaN { return .missing }
            return holds(u, v) ? .yes : .no
        }
    }

    func membership(_ value: RowConditionValue, in set: RowConditionSet, at position: Int) throws -> [Truth] {
        let n = dataset.rowCount
        switch value {
        case .logical:
            throw failure("`%in%` takes a value, not a condition", at: position)
        case .numbers, .number:
            var numbers = Set(set.numbers)
            for text in set.texts {
                guard let number = Double(text.trimmingWhitespace()) else {
                    throw failure("the left of `%in%` is a number but \"\(text)\" is text; compare numbers with numbers", at: position)
                }
                numbers.insert(number)
            }
            let (x, constant) = value.numericParts
            return (0..<n).map { i in
                let v = x?[i] ?? constant
                if v.isNaN { return .no }
                return numbers.contains(v) || (v == v.rounded() && set.ranges.contains { $0.contains(v) }) ? .yes : .no
            }
        case .texts, .text:
            var texts = Set(set.texts)
            for number in set.numbers { texts.insert(Column.numeric([number]).text(at: 0) ?? "NA") }
            for range in set.ranges {
                guard range.upperBound - range.lowerBound < Double(RowConditionSet.largestTextRange) else {
                    throw failure("a range of more than \(RowConditionSet.largestTextRange) numbers cannot be compared with text", at: position)
                }
                for k in Int(range.lowerBound)...Int(range.upperBound) { texts.insert(String(k)) }
            }
            let (codes, levels) = value.asTextColumn!
            let levelIsIn = levels.map { texts.contains($0) }
            guard let codes else { return [Truth](repeating: levelIsIn[0] ? .yes : .no, count: n) }
            return codes.map { $0 >= 0 && levelIsIn[Int($0)] ? .yes : .no }
        }
    }
}
