import GravityCore
import GravityFixedEffects
import GravityTestKit
import XCTest

final class AbsorberTests: XCTestCase {
    /// Two dimensions linked only as a long chain (row j joins level j of `a` with levels j and
    /// j+1 of `b`): alternating projections converge very slowly here; the engine must still
    /// reproduce the exact (dense) residuals.
    func testLongChainMatchesDenseAnswer() throws {
        let length = 150
        var a: [Int32] = [], b: [Int32] = []
        for j in 0..<length {
            a += [Int32(j), Int32(j)]
            b += [Int32(j), Int32(j + 1)]
        }
        var random = SeededRandom(seed: 11)
        let y = a.indices.map { _ in random.normal() }
        let dimensions = [grouping("a", a), grouping("b", b)]
        let exact = DenseReference.demeaned(y, dimensions: dimensions)
        var columns = y
        let report = try FixedEffectsAbsorber(dimensions: dimensions).demean(&columns, columnCount: 1)
        XCTAssertGreaterThan(report.iterations[0], 20, "a slow case")
        for i in y.indices { assertClose(columns[i], exact[i], relative: 0, absolute: 1e-9, "row \(i)") }
    }

    /// Three dimensions with observation weights, several columns at once.
    func testWeightedThreeDimensionsMatchDenseAnswer() throws {
        var random = SeededRandom(seed: 5)
        let n = 400
        let a = (0..<n).map { _ in Int32(random.next() % 12) }
        let b = (0..<n).map { _ in Int32(random.next() % 9) }
        let c = (0..<n).map { _ in Int32(random.next() % 30) }
        let weights = (0..<n).map { _ in 0.2 + 3 * random.uniform() }
        let y1 = (0..<n).map { _ in random.normal() }
        let y2 = (0..<n).map { i in Double(a[i]) * 0.3 - Double(c[i]) + random.normal() }
        let dimensions = [grouping("a", a), grouping("b", b), grouping("c", c)]
        var columns = y1 + y2
        _ = try FixedEffectsAbsorber(dimensions: dimensions, weights: weights).demean(&columns, columnCount: 2)
        for (j, y) in [y1, y2].enumerated() {
            let exact = DenseReference.demeaned(y, dimensions: dimensions, weights: weights)
            for i in 0..<n { assertClose(columns[j * n + i], exact[i], relative: 0, absolute: 1e-9, "column \(j) row \(i)") }
        }
    }

    /// Enough rows for the passes to split between cores, more columns than one block of four,
    /// and three (kernels specialised by dimension count) or four dimensions (the general loop).
    func testManyColumnsAndDimensionsOnSeveralCoresMatchDenseAnswer() throws {
        var random = SeededRandom(seed: 23)
        let n = 100_000
        let codes = [4, 5, 6, 7].map { levels in (0..<n).map { _ in Int32(random.next() % UInt64(levels)) } }
        let weights = (0..<n).map { _ in 0.5 + random.uniform() }
        let ys = (0..<6).map { j in (0..<n).map { i in Double(codes[j % 4][i]) * 0.7 + Double(j) + random.normal() } }
        for dimensionCount in [3, 4] {
            let dimensions = (0..<dimensionCount).map { grouping("d\($0)", codes[$0]) }
            var columns = ys.flatMap { $0 }
            _ = try FixedEffectsAbsorber(dimensions: dimensions, weights: weights).demean(&columns, columnCount: ys.count)
            for (j, exact) in DenseReference.demeaned(columns: ys, dimensions: dimensions, weights: weights).enumerated() {
                let worst = (0..<n).map { abs(columns[j * n + $0] - exact[$0]) }.max()!
                XCTAssertLessThan(worst, 1e-9, "\(dimensionCount) dimensions, column \(j)")
            }
        }
    }

    /// One dimension: weighted group means, exactly.
    func testOneDimensionIsWeightedGroupMeans() throws {
        let codes: [Int32] = [0, 1, 0, 1, 2]
        let weights = [1.0, 2, 3, 4, 5]
        var y = [1.0, 2, 5, 4, 9]
        _ = try FixedEffectsAbsorber(dimensions: [grouping("g", codes)], weights: weights).demean(&y, columnCount: 1)
        let mean0 = (1.0 * 1 + 3 * 5) / 4, mean1 = (2.0 * 2 + 4 * 4) / 6
        for (actual, expected) in zip(y, [1 - mean0, 2 - mean1, 5 - mean0, 4 - mean1, 0]) { assertClose(actual, expected, relative: 1e-14, absolute: 1e-15) }
    }

    /// A warm start from the previous solution under other weights converges to the same answer
    /// in fewer iterations (PPML's repeated calls).
    func testWarmStartAfterNewWeights() throws {
        var random = SeededRandom(seed: 3)
        let n = 600
        let a = (0..<n).map { _ in Int32(random.next() % 40) }
        let b = (0..<n).map { _ in Int32(random.next() % 35) }
        let y = (0..<n).map { i in Double(a[i] % 7) - Double(b[i] % 5) + random.normal() }
        var absorber = try FixedEffectsAbsorber(dimensions: [grouping("a", a), grouping("b", b)])
        var first = y
        let report = try absorber.demean(&first, columnCount: 1)
        try absorber.setWeights((0..<n).map { _ in 0.9 + 0.2 * random.uniform() })
        var cold = y, warm = y
        let coldReport = try absorber.demean(&cold, columnCount: 1)
        let warmReport = try absorber.demean(&warm, columnCount: 1, warmStart: report.coefficients)
        XCTAssertLessThan(warmReport.iterations[0], coldReport.iterations[0])
        for i in 0..<n { assertClose(warm[i], cold[i], relative: 0, absolute: 1e-8) }
    }

    /// Not converging within the limit is an error naming the tolerance reached.
    func testNonConvergenceIsAnError() throws {
        let length = 150
        var a: [Int32] = [], b: [Int32] = []
        for j in 0..<length { a += [Int32(j), Int32(j)]; b += [Int32(j), Int32(j + 1)] }
        var y = a.indices.map { Double($0 % 7) }
        let absorber = try FixedEffectsAbsorber(dimensions: [grouping("a", a), grouping("b", b)],
                                                options: FixedEffectsOptions(maxIterations: 3))
        XCTAssertThrowsError(try absorber.demean(&y, columnCount: 1, columnNames: ["trade"])) { error in
            let message = "\(error)"
            XCTAssertTrue(message.contains("trade") && message.contains("within 3 iterations") && message.contains("tolerance 1e-10"), message)
        }
    }

    /// The effects per level fit the levels exactly and follow the stated normalisation.
    func testEffectsPerLevelAreNormalised() throws {
        let a: [Int32] = [0, 0, 1, 1, 2, 2, 3, 3]
        let b: [Int32] = [0, 1, 0, 1, 2, 3, 2, 3]   // two components: {a0,a1,b0,b1}, {a2,a3,b2,b3}
        let trueA = [1.0, 2, 3, 4], trueB = [0.5, -1, 2, 7]
        let levels = a.indices.map { trueA[Int(a[$0])] + trueB[Int(b[$0])] }
        let effects = try FixedEffectsAbsorber(dimensions: [grouping("a", a), grouping("b", b)]).effects(fitting: levels)
        XCTAssertEqual(effects.values[1][0], 0)
        XCTAssertEqual(effects.values[1][2], 0)
        for i in levels.indices { assertClose(effects.rowEffect(i), levels[i], relative: 1e-12) }
        assertClose(effects.values[1][1], -1.5, relative: 1e-10)
        assertClose(effects.values[0][2], 5, relative: 1e-10)
    }
}
