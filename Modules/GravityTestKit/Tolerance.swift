import XCTest

/// Asserts `actual` equals `expected` within `relative` tolerance (or `absolute` near zero).
public func assertClose(_ actual: Double, _ expected: Double, relative: Double, absolute: Double = 0,
                        _ message: @autoclosure () -> String = "", file: StaticString = #filePath, line: UInt = #line) {
    let difference = abs(actual - expected)
    let allowed = max(relative * abs(expected), absolute)
    XCTAssert(difference <= allowed,
              "\(message()) expected \(expected), got \(actual) (difference \(difference), allowed \(allowed))", file: file, line: line)
}
