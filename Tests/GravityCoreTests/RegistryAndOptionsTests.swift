import XCTest
@testable import GravityCore

private struct StubEstimator: Estimator {
    let name: String
    var aliases: [String] = []
    var descriptor: EstimatorDescriptor {
        EstimatorDescriptor(name: name, aliases: aliases, summary: "stub",
                            options: [OptionSpecification(name: "distribution", kind: .choice(["half-normal", "exponential"]), defaultValue: "half-normal", help: ""),
                                      OptionSpecification(name: "time_varying", kind: .boolean, defaultValue: "false", help: ""),
                                      OptionSpecification(name: "iterations", kind: .integer, defaultValue: "100", help: "")])
    }
    func fit(_ data: Dataset, request: FitRequest, options: EstimatorOptions) throws -> EstimationResult {
        throw GravityError.numerical("not used")
    }
}

final class RegistryAndOptionsTests: XCTestCase {
    func testLookupByNameAndAliasAndDidYouMean() throws {
        var registry = EstimatorRegistry()
        try registry.register(StubEstimator(name: "sfa", aliases: ["frontier"]))
        try registry.register(StubEstimator(name: "re", aliases: ["random-effects"]))
        XCTAssertEqual(try registry.estimator(named: "FRONTIER").descriptor.name, "sfa")
        XCTAssertThrowsError(try registry.estimator(named: "frontir")) { error in
            XCTAssertEqual(error as? GravityError, .unknownEstimator("frontir", suggestions: ["frontier"]))
        }
        XCTAssertThrowsError(try registry.register(StubEstimator(name: "other", aliases: ["re"]))) { error in
            XCTAssertTrue("\(error)".contains("already registered by `re`"), "\(error)")
        }
    }

    func testOptionsAreValidatedAndDefaulted() throws {
        let specs = StubEstimator(name: "sfa").descriptor.options
        let options = try EstimatorOptions(["distribution": "Exponential", "time_varying": "yes"], specifications: specs, estimator: "sfa")
        XCTAssertEqual(options.string("distribution"), "exponential")
        XCTAssertTrue(options.bool("time_varying"))
        XCTAssertEqual(options.int("iterations"), 100)
        XCTAssertThrowsError(try EstimatorOptions(["distrbution": "exponential"], specifications: specs, estimator: "sfa")) { error in
            XCTAssertTrue("\(error)".contains("Did you mean `distribution`?"), "\(error)")
        }
        XCTAssertThrowsError(try EstimatorOptions(["distribution": "gamma"], specifications: specs, estimator: "sfa"))
        XCTAssertThrowsError(try EstimatorOptions(["iterations": "many"], specifications: specs, estimator: "sfa"))
        XCTAssertEqual(try EstimatorOptions.parsePairs(["a=1", "b = x=y"]), ["a": "1", "b": " x=y"])
        XCTAssertThrowsError(try EstimatorOptions.parsePairs(["novalue"]))
    }

    func testCovarianceSpecificationParsing() throws {
        XCTAssertEqual(try CovarianceSpecification(parsing: "HC1"), .heteroskedastic(.hc1))
        XCTAssertEqual(try CovarianceSpecification(parsing: "robust"), .heteroskedastic(.hc1))
        XCTAssertEqual(try CovarianceSpecification(parsing: "cluster:exporter,importer"), .cluster(["exporter", "importer"]))
        XCTAssertThrowsError(try CovarianceSpecification(parsing: "hc4")) { error in
            XCTAssertTrue("\(error)".contains("Did you mean"), "\(error)")
        }
        XCTAssertThrowsError(try CovarianceSpecification(parsing: "cluster:"))
    }

    func testClosestMatches() {
        XCTAssertEqual(closestMatches(to: "gdp", in: ["gdp_o", "gdp_d", "dist"]), ["gdp_d", "gdp_o"])
        XCTAssertEqual(closestMatches(to: "distance", in: ["dist", "contig"]), ["dist"])
        XCTAssertEqual(closestMatches(to: "zzz", in: ["dist", "contig"]), [])
    }
}

final class ClosestMatchTests: XCTestCase {
    func testTranspositionsAndShortNames() {
        XCTAssertEqual(closestMatches(to: "gpd", in: ["gdp", "pop"]), ["gdp"])
        XCTAssertEqual(closestMatches(to: "xx", in: ["x", "g", "y"]), ["x"])
        XCTAssertEqual(closestMatches(to: "valu", in: ["value", "capital", "inv"]), ["value"])
    }
}
