import CGravityKit
import GravityKit

/// A `gk_fit_spec` read into Swift values: the estimator's name and the fit request.
struct CFitSpecification {
    /// The estimator name or alias.
    let model: String
    /// Formula, covariance, panel, options and confidence level.
    let fitRequest: FitRequest
    /// Option values as given, which may name columns (a weight or offset column).
    private let optionValues: [String]

    /// Reads and validates the fields; a null model or formula is an argument error.
    init(_ spec: gk_fit_spec) throws {
        guard let model = spec.model else { throw CArgumentError("The fit specification names no model (`model` is NULL).") }
        guard let formula = spec.formula else { throw CArgumentError("The fit specification has no formula (`formula` is NULL).") }
        guard spec.option_count >= 0 else { throw CArgumentError("`option_count` is negative (\(spec.option_count)).") }
        var pairs: [String] = []
        for index in 0..<Int(spec.option_count) {
            guard let option = spec.options?[index] else { throw CArgumentError("Option \(index) is a null pointer.") }
            pairs.append(String(cString: option))
        }
        let options = try EstimatorOptions.parsePairs(pairs)
        let panel: PanelSpecification?
        switch (spec.panel_id, spec.panel_time) {
        case (nil, nil): panel = nil
        case (let id?, let time?): panel = PanelSpecification(unit: String(cString: id), time: String(cString: time))
        default: throw GravityError.invalidOption("Give both the panel unit and the time column (panel_id and panel_time), or neither.")
        }
        self.model = String(cString: model)
        self.optionValues = Array(options.values)
        self.fitRequest = FitRequest(
            formula: try Formula(String(cString: formula)), panel: panel,
            covariance: try CovarianceSpecification(parsing: spec.vcov.map { String(cString: $0) } ?? "classical"),
            options: options, confidenceLevel: spec.confidence_level == 0 ? 0.95 : spec.confidence_level)
    }

    /// The columns the request reads, in a stable order: the formula's variables, cluster columns,
    /// the panel's unit and time, and option values that are the name of a passed column.
    /// A name that was not passed is kept, so that the dataset reports it with suggestions.
    func referencedColumns(among passed: [String]) -> [String] {
        var names = fitRequest.formula.variables + fitRequest.covariance.requiredColumns
        if let panel = fitRequest.panel { names += [panel.unit, panel.time] }
        names += optionValues.sorted().filter(passed.contains)
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }
}
