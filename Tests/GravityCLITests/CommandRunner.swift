import Foundation
import XCTest

/// Runs the built `gravity` executable and captures its exit status and output.
struct CommandRunner {
    struct Output {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// The folder holding the built products (beside the test bundle).
    static var productsDirectory: URL {
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            return bundle.bundleURL.deletingLastPathComponent()
        }
        return Bundle.main.bundleURL
    }

    /// Runs `gravity` with `arguments` in `directory` (the repository root by default).
    static func gravity(_ arguments: [String], in directory: URL? = nil) throws -> Output {
        let executable = productsDirectory.appendingPathComponent("gravity")
        guard FileManager.default.fileExists(atPath: executable.path) else {
            throw XCTSkip("the gravity executable was not built next to the tests")
        }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }
}
