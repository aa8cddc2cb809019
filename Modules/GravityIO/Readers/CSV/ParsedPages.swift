#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The pages of a mapped file that a chunk parser has finished with, released every few
/// megabytes with `madvise(MADV_DONTNEED)`: for a read-only file mapping this only drops the
/// pages from the process's resident memory; reading them again maps them back from the file.
struct ParsedPages {
    /// Bytes parsed between two releases.
    static let releaseStep = 1 << 20
    private static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))
    /// Offset from which pages have not been released.
    private var releasedUpTo: Int
    /// Offset at which the parser should release again.
    private(set) var nextRelease: Int

    /// Nothing released yet in a chunk starting at offset `start`.
    init(start: Int) {
        releasedUpTo = start
        nextRelease = start + Self.releaseStep
    }

    /// Releases the whole pages between the last release and `offset` of the mapping at `base`
    /// (which is page-aligned).
    mutating func release(_ base: UnsafePointer<UInt8>, upTo offset: Int) {
        let first = (releasedUpTo + Self.pageSize - 1) / Self.pageSize * Self.pageSize
        let last = offset / Self.pageSize * Self.pageSize
        if last > first { _ = madvise(UnsafeMutableRawPointer(mutating: base + first), last - first, MADV_DONTNEED) }
        releasedUpTo = max(releasedUpTo, last)
        nextRelease = offset + Self.releaseStep
    }
}
