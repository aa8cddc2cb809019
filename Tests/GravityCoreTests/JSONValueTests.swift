import XCTest
@testable import GravityCore

final class JSONValueTests: XCTestCase {
    func testSerialisationKeepsKeyOrderAndRoundTripsThroughFoundation() throws {
        let value = JSONValue.object([("z", .number(1)), ("a", .array([.number(0.1), .null, .bool(true)])),
                                      ("名称", .string("quote \" and \\ and \n")), ("tiny", .number(9.54270268578329e-49)),
                                      ("nan", .number(.nan))])
        let text = value.serialized()
        XCTAssertTrue(text.range(of: "\"z\"")!.lowerBound < text.range(of: "\"a\"")!.lowerBound)
        let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
        XCTAssertEqual(parsed["名称"] as? String, "quote \" and \\ and \n")
        XCTAssertEqual((parsed["tiny"] as? NSNumber)?.doubleValue, 9.54270268578329e-49)
        XCTAssertTrue(parsed["nan"] is NSNull)
    }
}
