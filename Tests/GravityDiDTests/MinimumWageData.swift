import GravityKit
import GravityTestKit
import XCTest

/// County teen employment and state minimum wages (Callaway and Sant'Anna 2021; `../shared/data/mpdta.csv`,
/// which stays in shared) and the reference values in `../shared/reference/did_mpdta.json`.
enum MinimumWage {
    /// The file's suggested coefficient tolerance: absolute 1e-7 (pyfixest demeans iteratively; the
    /// three Callaway-Sant'Anna implementations agree to 1e-16).
    static let estimateTolerance = 1e-7
    /// Standard errors: relative 1e-6 for the stated convention.
    static let standardErrorTolerance = 1e-6
    /// The panel declaration.
    static let panel = PanelSpecification(unit: "countyreal", time: "year")

    /// The data, read in place.
    static func data() throws -> Dataset {
        try DataReader.read(path: SharedData.path("data/mpdta.csv"))
    }

    /// The reference file.
    static func reference() throws -> ReferenceJSON {
        try SharedData.reference("did_mpdta.json")
    }

    /// A registered estimator fitted on the data with the cohort column `first.treat`.
    static func fit(_ model: String, formula: String = "lemp ~ 1", options: [String: String] = [:]) throws -> EstimationResult {
        var all = ["cohort": "first.treat"]
        all.merge(options) { $1 }
        let request = FitRequest(formula: try Formula(formula), panel: panel, options: all)
        return try EstimatorRegistry.standard().estimator(named: model).fit(try data(), request: request)
    }
}

/// Reads an `extraSections` entry of a result as a JSON object.
func section(_ result: EstimationResult, _ name: String) -> JSONValue? {
    result.extraSections.first { $0.0 == name }?.1
}
