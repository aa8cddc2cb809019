#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GravityCore

/// A whole file mapped read-only into memory; the mapping lives as long as the object.
///
/// Readers work on the raw bytes in place, so a file is never copied into a buffer first.
final class MappedFile {
    /// The file's bytes (empty for an empty file).
    let bytes: UnsafeRawBufferPointer
    private let mapping: UnsafeMutableRawPointer?

    /// Maps the file at `path`; throws ``GravityError/fileFormat(_:path:line:column:)`` with the
    /// system's reason when the file cannot be opened or mapped.
    init(path: String) throws {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw MappedFile.failure("Cannot open the file", path: path) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw MappedFile.failure("Cannot read the file's size", path: path) }
        if (status.st_mode & S_IFMT) == S_IFDIR {
            throw GravityError.fileFormat("This is a folder, not a data file.", path: path, line: nil, column: nil)
        }
        let size = Int(status.st_size)
        guard size > 0 else {
            mapping = nil
            bytes = UnsafeRawBufferPointer(start: nil, count: 0)
            return
        }
        guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED else {
            throw MappedFile.failure("Cannot map the file into memory", path: path)
        }
        mapping = address
        bytes = UnsafeRawBufferPointer(start: address, count: size)
    }

    deinit {
        if let mapping { munmap(mapping, bytes.count) }
    }

    private static func failure(_ what: String, path: String) -> GravityError {
        let reason = String(cString: strerror(errno))
        return GravityError.fileFormat("\(what): \(reason).", path: path, line: nil, column: nil)
    }
}
