import GravityKit
import GravityTestKit
import XCTest

/// Component retention rules, cost indicators and a three-component varimax on USJudgeRatings.
final class PCAOptionsTests: XCTestCase {
    private static let variables = ["CONT", "INTG", "DMNR", "DILG", "CFMG", "DECI", "PREP", "FAMI", "ORAL", "WRIT", "PHYS", "RTEN"]

    private func dataset() throws -> Dataset {
        try DataReader.read(path: SharedData.repositoryPath("Examples/Data/usjudgeratings.csv"))
    }

    private func build(_ options: IndexOptions) throws -> CompositeIndexResult {
        try PCAIndexBuilder().build(dataset(), variables: Self.variables, options: options)
    }

    func testFixedAndCumulativeRetention() throws {
        let fixed = try XCTUnwrap(try build(IndexOptions(retention: .fixed(3))).components)
        XCTAssertEqual(fixed.retained, 3)
        let kept = fixed.eigenvalues[0..<3].reduce(0, +)
        for j in 0..<3 { XCTAssertEqual(fixed.weights[j], fixed.eigenvalues[j] / kept, accuracy: 1e-15) }
        // Cumulative shares 0.844, 0.936, 0.964: a target of 0.95 needs three components, 0.9 two.
        XCTAssertEqual(try build(IndexOptions(retention: .cumulativeVariance(0.95))).components?.retained, 3)
        XCTAssertEqual(try build(IndexOptions(retention: .cumulativeVariance(0.9))).components?.retained, 2)
        XCTAssertEqual(try build(IndexOptions(retention: .cumulativeVariance(1))).components?.retained, 12)
    }

    /// psych 2.2.9: `principal(X, nfactors = 3, rotate = "varimax")` with
    /// `X <- as.matrix(read.csv("usjudgeratings.csv", check.names = FALSE)[, -1])`; psych labels
    /// the columns RC1, RC3, RC2 after ordering them by sum of squared loadings, as here.
    /// Values printed with `formatC(L[, j], digits = 15, format = "g")`.
    func testThreeComponentVarimaxMatchesPsych() throws {
        let psych: [[Double]] = [
            [0.0500982396841269, 0.583535197247808, 0.574340560768954, 0.872804492612378, 0.903117107680395, 0.921145503519751,
             0.882241740840186, 0.882054279449612, 0.840984704591561, 0.847761159608292, 0.815292344191578, 0.775563915048252],
            [-0.0769965418896776, 0.793391574614794, 0.797698616912112, 0.432736870578751, 0.376854263752635, 0.343192468162691,
             0.447849461165034, 0.431081630164148, 0.532407511807301, 0.511151729753154, 0.384084871394736, 0.618203302413682],
            [0.994929962596004, -0.103954338066088, -0.118379920465435, -0.000734239241012944, 0.125325628638503, 0.0697441456306095,
             -0.0030990823945882, -0.04389492460738, -0.0149329727415501, -0.0516369236444696, 0.0548096553836353, -0.0223215911844989],
        ]
        let pca = try XCTUnwrap(try build(IndexOptions(retention: .fixed(3))).components)
        for j in 0..<3 {
            for i in 0..<12 {
                XCTAssertEqual(pca.varimax.loadings[i, j], psych[j][i], accuracy: 1e-6, "RC column \(j + 1), \(Self.variables[i])")
            }
        }
        // loadings = unrotated * rotation, with an orthogonal rotation.
        let product = pca.loadings * pca.varimax.rotation
        for k in 0..<product.values.count { XCTAssertEqual(product.values[k], pca.varimax.loadings.values[k], accuracy: 1e-12) }
        let gram = pca.varimax.rotation.transposed * pca.varimax.rotation
        for i in 0..<3 { for j in 0..<3 { XCTAssertEqual(gram[i, j], i == j ? 1 : 0, accuracy: 1e-12) } }
    }

    /// Reversing an indicator flips the sign of its correlations and leaves the eigenvalues, KMO
    /// and Bartlett's statistic unchanged.
    func testCostIndicatorReversesItsSign() throws {
        let plain = try build(IndexOptions())
        let reversed = try build(IndexOptions(costIndicators: ["CONT"]))
        XCTAssertEqual(reversed.costIndicators, ["CONT"])
        for j in 0..<12 {
            XCTAssertEqual(reversed.components!.eigenvalues[j], plain.components!.eigenvalues[j], accuracy: 1e-12)
            XCTAssertEqual(reversed.diagnostics.kmo!.perVariable[j], plain.diagnostics.kmo!.perVariable[j], accuracy: 1e-12)
            let expected = j == 0 ? 1 : -plain.diagnostics.correlation[0, j]
            XCTAssertEqual(reversed.diagnostics.correlation[0, j], expected, accuracy: 1e-15)
        }
        XCTAssertEqual(reversed.diagnostics.bartlett!.statistic, plain.diagnostics.bartlett!.statistic, accuracy: 1e-9)
        XCTAssertTrue(reversed.notes.contains { $0.contains("Cost indicators") })
    }

    func testUnscaledIndexIsTheComposite() throws {
        let result = try build(IndexOptions(scaling: .none))
        XCTAssertEqual(result.index, result.composite)
        XCTAssertEqual(result.scaling, .none)
    }

    /// Three independent normal samples of 30 (seed 18): KMO 0.435 and Bartlett p = 0.434, so
    /// both warnings are noted; the index is still built.
    func testWeakCorrelationIsNoted() throws {
        var random = SeededRandom(seed: 18)
        let columns = (0..<3).map { _ in (0..<30).map { _ in random.normal() } }
        let data = try Dataset(columns.enumerated().map { ("x\($0.offset)", Column.numeric($0.element)) })
        let result = try PCAIndexBuilder().build(data, variables: ["x0", "x1", "x2"])
        XCTAssertEqual(try XCTUnwrap(result.diagnostics.kmo).overall, 0.4347, accuracy: 1e-4)
        XCTAssertEqual(try XCTUnwrap(result.diagnostics.bartlett).pValue, 0.4338, accuracy: 1e-4)
        XCTAssertTrue(result.notes.contains { $0.hasPrefix("KMO is 0.435 (below 0.5)") }, "\(result.notes)")
        XCTAssertTrue(result.notes.contains { $0.hasPrefix("Bartlett's test does not reject sphericity (p = 0.434)") }, "\(result.notes)")
        XCTAssertEqual(result.observationCount, 30)
    }
}
