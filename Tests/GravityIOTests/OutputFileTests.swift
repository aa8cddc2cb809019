#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import GravityCore
import GravityIO
import XCTest

/// The one output writer: no failure half-writes the old file, links are followed, devices are
/// written in place, and failures are one plain sentence.
final class OutputFileTests: XCTestCase {
    private func contents(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

    func testAFailedWriteLeavesTheOldFileWhole() throws {
        let path = try temporaryPath("data.csv")
        try OutputFile.write("good\n", to: path)
        // A file-size limit of 64 bytes makes the write fail part way, as a full disk does.
        signal(SIGXFSZ, SIG_IGN)
        #if canImport(Glibc)
        let fileSize = __rlimit_resource_t(RLIMIT_FSIZE.rawValue)
        #else
        let fileSize = RLIMIT_FSIZE
        #endif
        var saved = rlimit()
        getrlimit(fileSize, &saved)
        var limited = saved
        limited.rlim_cur = 64
        setrlimit(fileSize, &limited)
        let dataset = try Dataset([("x", .numeric((0..<100).map(Double.init)))])
        let failure = Result { try CSVWriter.write(dataset, to: path) }
        setrlimit(fileSize, &saved)
        XCTAssertThrowsError(try failure.get()) { error in
            XCTAssertTrue("\(error)".hasPrefix(path + ": Cannot write the file:"), "\(error)")
        }
        XCTAssertEqual(try contents(path), "good\n")
        let folder = (path as NSString).deletingLastPathComponent
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder), ["data.csv"], "the temporary file is removed")
    }

    func testASymbolicLinkIsFollowedAndKept() throws {
        let target = try temporaryPath("target.txt")
        try OutputFile.write("old", to: target)
        let link = (target as NSString).deletingLastPathComponent + "/link.txt"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "target.txt")
        try OutputFile.write("new", to: link)
        XCTAssertEqual(try contents(target), "new")
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: link), "target.txt")
    }

    func testPermissionsOfTheReplacedFileAreKept() throws {
        let path = try temporaryPath("script.sh")
        try OutputFile.write("a", to: path)
        chmod(path, 0o750)
        try OutputFile.write("b", to: path)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o750)
    }

    func testADeviceIsWrittenInPlaceAndAFullOneIsAnError() throws {
        try OutputFile.write("discarded", to: "/dev/null")
        var status = stat()
        XCTAssertEqual(stat("/dev/null", &status), 0)
        XCTAssertEqual(status.st_mode & S_IFMT, S_IFCHR, "/dev/null is still a device")
        guard FileManager.default.fileExists(atPath: "/dev/full") else { return }
        XCTAssertThrowsError(try OutputFile.write("x", to: "/dev/full")) { error in
            XCTAssertTrue("\(error)".contains("no space left on device"), "\(error)")
        }
        XCTAssertEqual(stat("/dev/full", &status), 0)
        XCTAssertEqual(status.st_mode & S_IFMT, S_IFCHR, "/dev/full is still a device")
    }

    func testAFolderOrAMissingFolderIsOnePlainSentence() throws {
        let folder = (try temporaryPath("x") as NSString).deletingLastPathComponent
        XCTAssertThrowsError(try OutputFile.write("x", to: folder)) { error in
            XCTAssertEqual("\(error)", "\(folder): Cannot write the file: it is a folder; give a file name.")
        }
        XCTAssertThrowsError(try OutputFile.write("x", to: folder + "/absent/out.txt")) { error in
            XCTAssertEqual("\(error)", "\(folder)/absent/out.txt: Cannot write the file: the folder `\(folder)/absent` does not exist.")
        }
        let file = folder + "/plain.txt"
        try OutputFile.write("x", to: file)
        XCTAssertThrowsError(try OutputFile.createFolder(file + "/sub")) { error in
            XCTAssertTrue("\(error)".contains("is a file, not a folder"), "\(error)")
        }
        try OutputFile.createFolder(folder + "/a/b/c")
        try OutputFile.write("deep", to: folder + "/a/b/c/f.txt")
        XCTAssertEqual(try contents(folder + "/a/b/c/f.txt"), "deep")
    }
}
