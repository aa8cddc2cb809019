import XCTest

/// Tolerances used against reference values: bulk probabilities and quantiles, and deep tails
/// (below about 1e-100), where the reference itself is quoted to 15 digits or where the
/// logarithm of the probability is in the hundreds.
enum Tolerance {
    static let bulk = 1e-12
    static let deepTail = 1e-10
}

/// Asserts `|actual − expected| ≤ tolerance × |expected|`.
func assertRelativelyEqual(
    _ actual: Double, _ expected: Double, tolerance: Double,
    _ message: String = "", file: StaticString = #filePath, line: UInt = #line
) {
    let error = abs(actual - expected) / abs(expected)
    XCTAssertTrue(
        error <= tolerance,
        "\(actual) differs from \(expected) by \(error) relative (tolerance \(tolerance)) \(message)",
        file: file, line: line
    )
}
