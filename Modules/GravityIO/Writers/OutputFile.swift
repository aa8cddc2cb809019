#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GravityCore

/// The one way GravityKit writes a file, so that no failure loses or half-writes the user's file.
///
/// - A regular file (or a path that does not exist yet) is written to a temporary file in the
///   same folder, flushed to disk, given the old file's permissions, and renamed over the target:
///   a full disk or an interrupted run leaves the old file as it was.
/// - A symbolic link is followed: the file it points to is replaced, and the link stays.
/// - A target that is not a regular file (a device such as `/dev/null` or `/dev/full`, a pipe)
///   is opened and written directly, never replaced.
/// - Every failure, including a short write, is one plain sentence naming the path and the
///   reason, as ``GravityError/fileFormat(_:path:line:column:)``.
public enum OutputFile {
    /// Writes `text` as UTF-8 to `path`.
    public static func write(_ text: String, to path: String) throws {
        try write(Array(text.utf8), to: path)
    }

    /// Writes `bytes` to `path`.
    public static func write(_ bytes: [UInt8], to path: String) throws {
        let target = try resolvingLinks(path)
        var status = stat()
        if stat(target, &status) == 0 {
            switch status.st_mode & S_IFMT {
            case S_IFREG: break
            case S_IFDIR: throw failure(path, reason: "it is a folder; give a file name")
            default: return try writeDirectly(bytes, to: target, shownAs: path)
            }
        }
        try replace(target, with: bytes, mode: stat(target, &status) == 0 ? status.st_mode & 0o7777 : nil, shownAs: path)
    }

    /// Creates the folder at `path` and any missing parents; an existing folder is fine.
    public static func createFolder(_ path: String) throws {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for component in path.split(separator: "/") {
            prefix += (prefix.isEmpty || prefix.hasSuffix("/") ? "" : "/") + component
            var status = stat()
            if stat(prefix, &status) == 0 {
                guard status.st_mode & S_IFMT == S_IFDIR else { throw failure(path, reason: "`\(prefix)` is a file, not a folder", creating: true) }
                continue
            }
            if mkdir(prefix, 0o777) != 0 && errno != EEXIST { throw failure(path, reason: reason(errno), creating: true) }
        }
    }

    /// The path that following every symbolic link from `path` arrives at (which need not exist).
    private static func resolvingLinks(_ path: String) throws -> String {
        var current = path
        for _ in 0..<40 {
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let length = readlink(current, &buffer, buffer.count - 1)
            guard length > 0 else { return current }
            let destination = String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = destination.hasPrefix("/") ? destination : folder(of: current) + "/" + destination
        }
        throw failure(path, reason: "too many levels of symbolic links")
    }

    /// The folder part of `path` (`.` for a bare file name).
    private static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// Writes to a temporary file beside `target` and renames it over `target`.
    private static func replace(_ target: String, with bytes: [UInt8], mode: mode_t?, shownAs path: String) throws {
        let name = target.split(separator: "/").last.map(String.init) ?? target
        var template = Array((folder(of: target) + "/." + name + ".XXXXXX").utf8CString)
        let descriptor = mkstemp(&template)
        guard descriptor >= 0 else {
            throw failure(path, reason: errno == ENOENT ? "the folder `\(folder(of: target))` does not exist" : reason(errno))
        }
        let temporary = String(cString: template)
        do {
            defer { close(descriptor) }
            try writeAll(bytes, to: descriptor, shownAs: path)
            if let mode {
                fchmod(descriptor, mode)
            } else {
                let mask = umask(0)
                umask(mask)
                fchmod(descriptor, 0o666 & ~mask)
            }
            guard fsync(descriptor) == 0 else { throw failure(path, reason: reason(errno)) }
        } catch {
            unlink(temporary)
            throw error
        }
        guard rename(temporary, target) == 0 else {
            let code = errno
            unlink(temporary)
            throw failure(path, reason: reason(code))
        }
    }

    /// Writes into an existing file that is not a regular file, without replacing it.
    private static func writeDirectly(_ bytes: [UInt8], to target: String, shownAs path: String) throws {
        let descriptor = open(target, O_WRONLY)
        guard descriptor >= 0 else { throw failure(path, reason: reason(errno)) }
        defer { close(descriptor) }
        try writeAll(bytes, to: descriptor, shownAs: path)
    }

    /// Writes every byte, retrying interrupted and partial writes; a write that accepts nothing is an error.
    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, shownAs path: String) throws {
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { buffer in
                systemWrite(descriptor, buffer.baseAddress! + written, bytes.count - written)
            }
            if result < 0 && errno == EINTR { continue }
            guard result > 0 else {
                throw failure(path, reason: result < 0 ? reason(errno) : "only \(written) of \(bytes.count) bytes could be written")
            }
            written += result
        }
    }

    private static func systemWrite(_ descriptor: Int32, _ start: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        return Glibc.write(descriptor, start, count)
        #else
        return Darwin.write(descriptor, start, count)
        #endif
    }

    /// The C library's description of `code`, starting in lower case ("no space left on device").
    private static func reason(_ code: Int32) -> String {
        let text = String(cString: strerror(code))
        return text.prefix(1).lowercased() + text.dropFirst()
    }

    private static func failure(_ path: String, reason: String, creating: Bool = false) -> GravityError {
        GravityError.fileFormat("Cannot \(creating ? "create the folder" : "write the file"): \(reason).", path: path, line: nil, column: nil)
    }
}
