#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Cuts the body of a delimited file into chunks of whole records for parallel parsing.
///
/// A line feed ends a record unless it lies inside a quoted field. In well-formed RFC 4180 text
/// a position is inside quotes exactly when an odd number of quote characters precede it (doubled
/// quotes add two), so counting quotes finds true record boundaries. When the text is malformed
/// the chunks may be cut wrongly, but then some chunk fails to parse and the reader re-parses the
/// whole body in one pass, which reports the first error exactly.
enum CSVChunkSplitter {
    /// About `parts` consecutive ranges covering `body`, each ending just after a record's line feed
    /// (the last one at the end of the body).
    static func split(_ base: UnsafePointer<UInt8>, body: Range<Int>, parts: Int) -> [Range<Int>] {
        let hasQuotes = containsQuote(base, body: body, parts: parts)
        var cuts = [body.lowerBound]
        var position = body.lowerBound
        var insideQuotes = false
        for part in 1..<max(parts, 1) {
            let target = body.lowerBound + body.count / parts * part
            guard target > position else { continue }
            if hasQuotes && quoteCountIsOdd(base, position..<target) { insideQuotes.toggle() }
            position = target
            guard let boundary = nextRecordEnd(base, from: position, to: body.upperBound, insideQuotes: &insideQuotes, hasQuotes: hasQuotes)
            else { break }
            position = boundary
            if boundary < body.upperBound { cuts.append(boundary) }
        }
        cuts.append(body.upperBound)
        return (0..<cuts.count - 1).map { cuts[$0]..<cuts[$0 + 1] }
    }

    /// Whether `body` holds a quote character, searched in `parts` pieces on all cores.
    private static func containsQuote(_ base: UnsafePointer<UInt8>, body: Range<Int>, parts: Int) -> Bool {
        let pieces = max(parts, 1)
        let size = (body.count + pieces - 1) / pieces
        let found = Parallel.map(pieces) { (piece: Int) -> Bool in
            let lower = body.lowerBound + piece * size
            let upper = min(lower + size, body.upperBound)
            return lower < upper && memchr(base + lower, Int32(CSVByte.quote), upper - lower) != nil
        }
        return found.contains { $0.get() }
    }

    /// The offset just after the first line feed at or after `start` that lies outside quotes;
    /// `insideQuotes` tracks the quote state from `start` on.
    private static func nextRecordEnd(
        _ base: UnsafePointer<UInt8>, from start: Int, to end: Int, insideQuotes: inout Bool, hasQuotes: Bool
    ) -> Int? {
        if !hasQuotes {
            guard let found = memchr(base + start, Int32(CSVByte.lineFeed), end - start) else { return nil }
            return UnsafeRawPointer(found) - UnsafeRawPointer(base) + 1
        }
        var position = start
        while position < end {
            let byte = base[position]
            if byte == CSVByte.quote {
                insideQuotes.toggle()
            } else if byte == CSVByte.lineFeed && !insideQuotes {
                return position + 1
            }
            position += 1
        }
        return nil
    }

    /// Whether `range` holds an odd number of quote characters.
    private static func quoteCountIsOdd(_ base: UnsafePointer<UInt8>, _ range: Range<Int>) -> Bool {
        var count = 0
        for offset in range where base[offset] == CSVByte.quote { count &+= 1 }
        return count & 1 == 1
    }
}
