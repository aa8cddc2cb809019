import Foundation
import GravityKit
import XCTest

/// The entropy and equal-weight indices on small cases worked out by hand.
final class EntropyAndEqualWeightTests: XCTestCase {
    /// x1 (benefit) = 1, 2, 3, 4 and x2 (cost) = 9, 9, 9, 5.
    ///
    /// Normalised: y1 = (x1 - 1) / 3 = 0, 1/3, 2/3, 1 and y2 = (9 - x2) / 4 = 0, 0, 0, 1.
    /// Shares: p1 = y1 / 2 = 0, 1/6, 1/3, 1/2 and p2 = 0, 0, 0, 1.
    /// Entropies (n = 4, 0 ln 0 = 0):
    ///   e1 = ((1/6) ln 6 + (1/3) ln 3 + (1/2) ln 2) / ln 4
    ///      = (0.298627 + 0.366204 + 0.346574) / 1.386294 = 0.729574
    ///   e2 = -(1 ln 1) / ln 4 = 0.
    /// Divergences d1 = 0.270426, d2 = 1; weights w1 = d1 / (d1 + 1) = 0.212862, w2 = 0.787138.
    /// Composite = w1 y1 + w2 y2 = 0, w1/3, 2 w1/3, 1 (already spanning [0, 1], so the index is the same).
    private let data = try! Dataset([("x1", .numeric([1, 2, 3, 4])), ("x2", .numeric([9, 9, 9, 5]))])

    func testEntropyWeightsByHand() throws {
        let result = try EntropyIndexBuilder().build(data, variables: ["x1", "x2"], options: IndexOptions(costIndicators: ["x2"]))
        let entropy = try XCTUnwrap(result.entropy)
        let e1 = ((1.0 / 6) * log(6.0) + (1.0 / 3) * log(3.0) + 0.5 * log(2.0)) / log(4.0)
        XCTAssertEqual(e1, 0.729574, accuracy: 1e-6)
        XCTAssertEqual(entropy.entropy[0], e1, accuracy: 1e-14)
        XCTAssertEqual(entropy.entropy[1], 0, accuracy: 1e-14)
        XCTAssertEqual(entropy.divergence[0], 1 - e1, accuracy: 1e-14)
        let w1 = (1 - e1) / (2 - e1)
        XCTAssertEqual(w1, 0.212862, accuracy: 1e-6)
        XCTAssertEqual(result.weights.map(\.label), ["x1", "x2"])
        XCTAssertEqual(result.weights[0].value, w1, accuracy: 1e-14)
        XCTAssertEqual(result.weights[1].value, 1 - w1, accuracy: 1e-14)
        let expected = [0, w1 / 3, 2 * w1 / 3, 1]
        for i in 0..<4 {
            XCTAssertEqual(result.composite[i], expected[i], accuracy: 1e-14)
            XCTAssertEqual(result.index[i], expected[i], accuracy: 1e-14)
        }
        XCTAssertEqual(result.costIndicators, ["x2"])
        XCTAssertNil(result.components)
    }

    /// Same data, equal weights: composite = (y1 + y2) / 2 = 0, 1/6, 1/3, 1.
    func testEqualWeightsByHand() throws {
        let result = try EqualWeightIndexBuilder().build(data, variables: ["x1", "x2"], options: IndexOptions(costIndicators: ["x2"]))
        XCTAssertEqual(result.weights.map(\.value), [0.5, 0.5])
        let expected = [0, 1.0 / 6, 1.0 / 3, 1]
        for i in 0..<4 { XCTAssertEqual(result.index[i], expected[i], accuracy: 1e-15) }
    }

    /// x1 = 1, 2, 3 and x2 = 3, 1, 2, both benefit: y1 = 0, 0.5, 1 and y2 = 1, 0, 0.5.
    /// Composite = (y1 + y2) / 2 = 0.5, 0.25, 0.75; min-max scaled: (c - 0.25) / 0.5 = 0.5, 0, 1.
    func testEqualWeightsScaledAndUnscaled() throws {
        let small = try Dataset([("x1", .numeric([1, 2, 3])), ("x2", .numeric([3, 1, 2]))])
        let scaled = try EqualWeightIndexBuilder().build(small, variables: ["x1", "x2"])
        XCTAssertEqual(scaled.composite, [0.5, 0.25, 0.75])
        XCTAssertEqual(scaled.index, [0.5, 0, 1])
        let unscaled = try EqualWeightIndexBuilder().build(small, variables: ["x1", "x2"], options: IndexOptions(scaling: .none))
        XCTAssertEqual(unscaled.index, [0.5, 0.25, 0.75])
    }

    /// Three equally spread indicators (each a permutation of 0, 1, 2, 3 after normalising) share
    /// the same entropy, so each weighs 1/3.
    func testEqualEntropiesGiveEqualWeights() throws {
        let data = try Dataset([("a", .numeric([0, 1, 2, 3])), ("b", .numeric([3, 2, 1, 0])), ("c", .numeric([10, 30, 20, 0]))])
        let result = try EntropyIndexBuilder().build(data, variables: ["a", "b", "c"])
        for weight in result.weights { XCTAssertEqual(weight.value, 1.0 / 3, accuracy: 1e-15) }
    }

    /// The diagnostics come with every method; a singular correlation matrix is a note, not an error.
    func testDiagnosticsForEveryMethodAndSingularNote() throws {
        let data = try Dataset([("a", .numeric([1, 2, 3, 5])), ("b", .numeric([2, 1, 4, 3])), ("c", .numeric([3, 3, 7, 8]))])
        let result = try EntropyIndexBuilder().build(data, variables: ["a", "b", "c"])
        XCTAssertNil(result.diagnostics.kmo)
        XCTAssertNil(result.diagnostics.bartlett)
        XCTAssertEqual(result.diagnostics.singularity?.involved, ["a", "b", "c"])
        XCTAssertTrue(result.notes.contains { $0.contains("singular") }, "\(result.notes)")
    }
}
