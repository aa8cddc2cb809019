import Foundation
import XCTest

/// Access to the data and reference values kept beside the repository in `../shared`, which
/// must never be copied into it. Tests that need them skip, saying why, when the folder is absent.
public enum SharedData {
    /// The repository's root folder, found from this file's location.
    public static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `shared` folder beside the repository.
    public static let sharedRoot: URL = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared")

    /// The path of `relativePath` under `../shared`; throws `XCTSkip` (and prints the reason) when absent.
    public static func path(_ relativePath: String) throws -> String {
        let url = sharedRoot.appendingPathComponent(relativePath)
        guard FileManager.default.fileExists(atPath: url.path) else {
            let reason = "skipped: ../shared/\(relativePath) is not present beside this clone (reference data stays outside the repository)"
            print(reason)
            throw XCTSkip(reason)
        }
        return url.path
    }

    /// A file of the repository itself, by path relative to its root.
    public static func repositoryPath(_ relativePath: String) -> String {
        repositoryRoot.appendingPathComponent(relativePath).path
    }

    /// A reference JSON committed in the repository (small files written by a committed script), parsed.
    public static func repositoryReference(_ relativePath: String) throws -> ReferenceJSON {
        ReferenceJSON(try JSONSerialization.jsonObject(with: Data(contentsOf: repositoryRoot.appendingPathComponent(relativePath))))
    }

    /// A reference JSON from `../shared/reference/`, parsed.
    public static func reference(_ name: String) throws -> ReferenceJSON {
        let data = try Data(contentsOf: URL(fileURLWithPath: try path("reference/\(name)")))
        return ReferenceJSON(try JSONSerialization.jsonObject(with: data))
    }
}

/// A parsed reference JSON, navigated by key and index; a missing path fails the test with its location.
public struct ReferenceJSON {
    let value: Any?

    init(_ value: Any?) {
        self.value = value
    }

    /// A reference JSON file of the repository (computed by a committed script next to the tests).
    public init(repositoryFile relativePath: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: SharedData.repositoryPath(relativePath)))
        self.init(try JSONSerialization.jsonObject(with: data))
    }

    /// The member `key` of an object.
    public subscript(key: String) -> ReferenceJSON {
        ReferenceJSON((value as? [String: Any])?[key])
    }

    /// The element at `index` of an array.
    public subscript(index: Int) -> ReferenceJSON {
        guard let array = value as? [Any], index < array.count else { return ReferenceJSON(nil) }
        return ReferenceJSON(array[index])
    }

    /// The elements of an array.
    public var array: [ReferenceJSON] {
        (value as? [Any])?.map(ReferenceJSON.init) ?? []
    }

    /// The keys of an object.
    public var keys: [String] {
        (value as? [String: Any]).map { Array($0.keys) } ?? []
    }

    /// The number here; fails when absent or not a number.
    public func number(file: StaticString = #filePath, line: UInt = #line) throws -> Double {
        guard let number = value as? NSNumber else {
            XCTFail("Reference value is not a number: \(String(describing: value))", file: file, line: line)
            throw XCTSkip("missing reference number")
        }
        return number.doubleValue
    }

    /// The string here, if any.
    public var string: String? { value as? String }

    /// The element of `array` whose `id` member equals `id`.
    public func element(withID id: String) -> ReferenceJSON {
        ReferenceJSON(array.first { $0["id"].string == id }?.value)
    }
}
