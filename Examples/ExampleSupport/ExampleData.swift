import Foundation
import GravityKit

/// Locates the bundled data of `Examples/Data` from the examples' source location, so the
/// tutorials run from any working directory.
public enum ExampleData {
    /// The `Examples/Data` folder.
    public static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Data")

    /// Reads a bundled data file by name.
    public static func read(_ name: String) throws -> Dataset {
        try DataReader.read(path: folder.appendingPathComponent(name).path)
    }
}
