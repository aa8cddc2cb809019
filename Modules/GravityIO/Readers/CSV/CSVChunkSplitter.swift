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

    /// An upper bound on the records in `range`: its line feeds, plus one when it does not end
    /// with one (every record but an unterminated last one ends at a line feed of its own; blank
    /// lines and line feeds inside quotes make the bound larger than the count).
    /// `releasesPages`: `base` is a read-only file mapping whose pages are released as counted.
    static func recordBound(_ base: UnsafePointer<UInt8>, _ range: Range<Int>, releasesPages: Bool) -> Int {
        guard !range.isEmpty else { return 0 }
        var count = base[range.upperBound - 1] == CSVByte.lineFeed ? 0 : 1
        var released = ParsedPages(start: range.lowerBound)
        var position = range.lowerBound
        while position < range.upperBound {
            let stop = min(position + ParsedPages.releaseStep, range.upperBound)
            count += lineFeedCount(base + position, stop - position)
            position = stop
            if releasesPages { released.release(base, upTo: position) }
        }
        return count
    }

    /// The number of line feeds among the `count` bytes at `start`, eight bytes at a time: in
    /// `x = word ^ 0x0A0A...`, a byte is zero exactly where a line feed was, and
    /// `((x & 0x7F..) + 0x7F..) | x` sets a byte's high bit exactly when the byte is not zero; the
    /// resulting ones are summed per byte lane (at most 255 words at a time), then across lanes.
    private static func lineFeedCount(_ start: UnsafePointer<UInt8>, _ count: Int) -> Int {
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let lineFeeds: UInt64 = 0x0A0A_0A0A_0A0A_0A0A
        let raw = UnsafeRawPointer(start)
        var total = 0
        var offset = 0
        while count - offset >= 8 {
            let blockEnd = offset + min((count - offset) / 8, 255) * 8
            var lanes: UInt64 = 0
            while offset < blockEnd {
                let x = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self) ^ lineFeeds
                lanes &+= ~(((x & low) &+ low) | x | low) >> 7
                offset += 8
            }
            let pairs = (lanes & 0x00FF_00FF_00FF_00FF) &+ ((lanes >> 8) & 0x00FF_00FF_00FF_00FF)
            total += Int(truncatingIfNeeded: (pairs &* 0x0001_0001_0001_0001) >> 48)
        }
        while offset < count {
            if start[offset] == CSVByte.lineFeed { total += 1 }
            offset += 1
        }
        return total
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
