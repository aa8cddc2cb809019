/// The candidates closest to `name` by edit distance (case-insensitive), best first.
///
/// Distance counts insertions, deletions, substitutions and swaps of adjacent characters. A
/// candidate qualifies when its distance is at most a third of the longer name's length (at least
/// 1) and it shares at least one character position, or when one name contains the other; at most `limit` are returned.
public func closestMatches(to name: String, in candidates: [String], limit: Int = 3) -> [String] {
    let target = Array(name.lowercased())
    var scored: [(name: String, distance: Int)] = []
    for candidate in candidates {
        let lowered = candidate.lowercased()
        let distance = editDistance(target, Array(lowered))
        let allowed = max(1, max(target.count, lowered.count) / 3)
        let contains = !target.isEmpty && (lowered.contains(String(target)) || String(target).contains(lowered))
        if (distance <= allowed && distance < max(target.count, lowered.count)) || contains { scored.append((candidate, distance)) }
    }
    return scored.sorted { $0.distance != $1.distance ? $0.distance < $1.distance : $0.name < $1.name }
        .prefix(limit).map(\.name)
}

/// The optimal-string-alignment distance (Levenshtein plus adjacent transpositions) in O(m n) time.
func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var beforePrevious = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
            current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                current[j] = min(current[j], beforePrevious[j - 2] + 1)
            }
        }
        (beforePrevious, previous, current) = (previous, current, beforePrevious)
    }
    return previous[b.count]
}
