import GravityKit
import GravityTestKit
import XCTest

/// The `pca` index on USJudgeRatings against R 4.2 (stats, psych 2.2.9) in
/// `../shared/reference/pca_usjudgeratings.json`.
///
/// Tolerance: 1e-6 absolute on every number (the requirement); the eigen-decomposition
/// and the closed-form recipe agree with R far more closely than that.
final class PCAReferenceTests: XCTestCase {
    static let tolerance = 1e-6
    private static let variables = ["CONT", "INTG", "DMNR", "DILG", "CFMG", "DECI", "PREP", "FAMI", "ORAL", "WRIT", "PHYS", "RTEN"]

    private func reference() throws -> ReferenceJSON {
        try SharedData.reference("pca_usjudgeratings.json")
    }

    private func dataset() throws -> Dataset {
        try DataReader.read(path: SharedData.repositoryPath("Examples/Data/usjudgeratings.csv"))
    }

    private func build() throws -> CompositeIndexResult {
        try PCAIndexBuilder().build(dataset(), variables: Self.variables)
    }

    private func close(_ actual: Double, _ expected: ReferenceJSON, _ label: String, file: StaticString = #filePath, line: UInt = #line) throws {
        assertClose(actual, try expected.number(file: file, line: line), relative: 0, absolute: Self.tolerance, label, file: file, line: line)
    }

    func testVariableOrderMatchesReference() throws {
        let ref = try reference()
        XCTAssertEqual(ref["variables"].array.compactMap(\.string), Self.variables)
        XCTAssertEqual(try ref["n_obs"].number(), 43)
        XCTAssertEqual(try build().observationCount, 43)
    }

    func testEigenvaluesProportionsAndKaiserRule() throws {
        let ref = try reference()["models"].element(withID: "pca_correlation_eigen")
        let pca = try XCTUnwrap(try build().components)
        for j in 0..<12 {
            try close(pca.eigenvalues[j], ref["eigenvalues"][j], "eigenvalue \(j + 1)")
            try close(pca.proportion[j], ref["proportion_of_variance"][j], "proportion \(j + 1)")
            try close(pca.cumulative[j], ref["cumulative_proportion"][j], "cumulative \(j + 1)")
        }
        try close(pca.eigenvalues.reduce(0, +), ref["eigenvalues_sum"], "sum of eigenvalues")
        XCTAssertEqual(Double(pca.retained), try ref["kaiser_n_components"].number())
        XCTAssertEqual(pca.retention, .kaiser)
    }

    func testEigenvectorsWithSignConvention() throws {
        let ref = try reference()["models"].element(withID: "pca_correlation_eigen")["eigenvectors"]
        let pca = try XCTUnwrap(try build().components)
        for j in 0..<12 {
            for (i, name) in Self.variables.enumerated() {
                try close(pca.eigenvectors[i, j], ref["PC\(j + 1)"][name], "eigenvector PC\(j + 1) \(name)")
            }
        }
    }

    func testLoadingsOfKeptComponents() throws {
        let models = try reference()["models"]
        let kaiser = models.element(withID: "pca_correlation_eigen")["component_loadings_kaiser"]
        let psych = models.element(withID: "principal_unrotated")["loadings"]
        let pca = try XCTUnwrap(try build().components)
        XCTAssertEqual(pca.loadings.columns, 2)
        for j in 0..<2 {
            for (i, name) in Self.variables.enumerated() {
                try close(pca.loadings[i, j], kaiser["PC\(j + 1)"][name], "loading PC\(j + 1) \(name)")
                try close(pca.loadings[i, j], psych["PC\(j + 1)"][name], "psych loading PC\(j + 1) \(name)")
            }
        }
    }

    func testCorrelationMatrixAndDeterminant() throws {
        let ref = try reference()["models"].element(withID: "pca_correlation_eigen")
        let diagnostics = try build().diagnostics
        for (j, column) in Self.variables.enumerated() {
            for (i, row) in Self.variables.enumerated() {
                try close(diagnostics.correlation[i, j], ref["correlation_matrix"][column][row], "r(\(row), \(column))")
            }
        }
        // The determinant is about 2.7e-16, so compare it relative to its size as well.
        let determinant = try ref["determinant_R"].number()
        assertClose(diagnostics.determinant, determinant, relative: Self.tolerance, "determinant")
    }

    func testKMOOverallAndPerVariable() throws {
        let ref = try reference()["tests"].element(withID: "kmo")
        let kmo = try XCTUnwrap(try build().diagnostics.kmo)
        try close(kmo.overall, ref["overall_msa"], "overall KMO")
        for (i, name) in Self.variables.enumerated() {
            try close(kmo.perVariable[i], ref["msa_per_variable"][name], "MSA \(name)")
        }
    }

    func testBartlettSphericity() throws {
        let ref = try reference()["tests"].element(withID: "bartlett_sphericity")
        let bartlett = try XCTUnwrap(try build().diagnostics.bartlett)
        try close(bartlett.statistic, ref["chisq"], "Bartlett chi-squared")
        XCTAssertEqual(Double(bartlett.degreesOfFreedom), try ref["df"].number())
        // The p-value is about 3.5e-235: compare it relative to its size.
        assertClose(bartlett.pValue, try ref["p_value"].number(), relative: Self.tolerance, "Bartlett p-value")
    }

    func testCommunalitiesAndUniquenesses() throws {
        let models = try reference()["models"]
        let unrotated = models.element(withID: "principal_unrotated")
        let varimax = models.element(withID: "principal_varimax")
        let pca = try XCTUnwrap(try build().components)
        for (i, name) in Self.variables.enumerated() {
            try close(pca.communalities[i], unrotated["communalities"][name], "communality \(name)")
            try close(pca.communalities[i], varimax["communalities"][name], "communality (varimax) \(name)")
            try close(pca.uniquenesses[i], varimax["uniquenesses"][name], "uniqueness \(name)")
        }
    }

    func testVarimaxLoadingsRotationAndVariance() throws {
        let ref = try reference()["models"].element(withID: "principal_varimax")
        let varimax = try XCTUnwrap(try build().components).varimax
        for j in 0..<2 {
            let label = "RC\(j + 1)"
            for (i, name) in Self.variables.enumerated() {
                try close(varimax.loadings[i, j], ref["loadings"][label][name], "varimax \(label) \(name)")
            }
            try close(varimax.sumsOfSquares[j], ref["ss_loadings"][label], "SS loadings \(label)")
            try close(varimax.proportions[j], ref["proportion_var"][label], "proportion \(label)")
            for k in 0..<2 {
                // rotation_matrix is serialised row by row.
                try close(varimax.rotation[j, k], ref["rotation_matrix"][j][k], "rotation[\(j), \(k)]")
            }
        }
    }

    func testWeightsCompositeAndScaledIndex() throws {
        let ref = try reference()["composite_index"]
        let data = try dataset()
        let result = try build()
        XCTAssertEqual(Double(result.weights.count), try ref["k"].number())
        for (j, weight) in result.weights.enumerated() {
            XCTAssertEqual(weight.label, "PC\(j + 1)")
            try close(weight.value, ref["weights"][weight.label], "weight \(weight.label)")
        }
        let judges = try data.column("judge")
        XCTAssertEqual(Set(ref["all_index"].keys), Set((0..<43).compactMap { judges.text(at: $0) }))
        for row in 0..<43 {
            let judge = try XCTUnwrap(judges.text(at: row))
            try close(result.composite[row], ref["all_composite_raw"][judge], "composite \(judge)")
            try close(result.index[row], ref["all_index"][judge], "index \(judge)")
        }
        for entry in ref["first_10"].array {
            let row = Int(try entry["row"].number()) - 1
            XCTAssertEqual(judges.text(at: row), entry["label"].string)
            try close(result.index[row], entry["index"], "first_10 index row \(row + 1)")
        }
        let scores = try XCTUnwrap(result.components).scores
        for row in 0..<10 {
            let judge = try XCTUnwrap(judges.text(at: row))
            for j in 0..<2 {
                try close(scores[row, j], ref["scores_first_10"]["PC\(j + 1)"][judge], "score PC\(j + 1) \(judge)")
            }
        }
    }
}
