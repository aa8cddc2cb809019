import GravityCore
import GravityLinearAlgebra

/// The JSON form of a ``CompositeIndexResult``.
///
/// Keys, in order: `method`, `variables`, `cost_variables`, `nobs`, `scaling`, `kmo` {`overall`,
/// `per_variable`}, `bartlett` {`statistic`, `df`, `p_value`}, `eigenvalues`, `proportion`,
/// `cumulative` (of the correlation matrix, for every method), `retained`, `retention_rule`,
/// `loadings`, `rotated_loadings`, `communalities` (principal components; null otherwise),
/// `entropy` {`entropy`, `divergence`} (entropy method; null otherwise), `weights`,
/// `correlation`, `index` (one object per row: `row` 1-based, `unit` and `time` when a panel was
/// declared, `composite`, `value`) and `notes`. KMO and Bartlett are null when the correlation
/// matrix is singular; non-finite numbers are null.
public enum IndexJSON {
    /// The result as a JSON value.
    public static func value(_ result: CompositeIndexResult) -> JSONValue {
        let names = result.variables
        let diagnostics = result.diagnostics
        let pca = result.components
        let kmo: JSONValue = diagnostics.kmo.map { kmo in
            .object([("overall", .number(kmo.overall)), ("per_variable", named(names, kmo.perVariable))])
        } ?? .null
        let bartlett: JSONValue = diagnostics.bartlett.map { test in
            .object([("statistic", .number(test.statistic)), ("df", .number(Double(test.degreesOfFreedom))),
                     ("p_value", .number(test.pValue))])
        } ?? .null
        let entropy: JSONValue = result.entropy.map { e in
            .object([("entropy", named(names, e.entropy)), ("divergence", named(names, e.divergence))])
        } ?? .null
        var pairs: [(String, JSONValue)] = [
            ("method", .string(result.method)),
            ("variables", .array(names.map { .string($0) })),
            ("cost_variables", .array(result.costIndicators.map { .string($0) })),
            ("nobs", .number(Double(result.observationCount))),
            ("scaling", .string(result.scaling.rawValue)),
            ("kmo", kmo),
            ("bartlett", bartlett),
            ("eigenvalues", numbers(diagnostics.eigen.values)),
            ("proportion", numbers(diagnostics.proportions)),
            ("cumulative", numbers(diagnostics.cumulativeProportions)),
        ]
        pairs.append(("retained", pca.map { .number(Double($0.retained)) } ?? .null))
        pairs.append(("retention_rule", pca.map { .string($0.retention.description) } ?? .null))
        pairs.append(("loadings", pca.map { columns($0.loadings, prefix: "PC", names: names) } ?? .null))
        pairs.append(("rotated_loadings", pca.map { columns($0.varimax.loadings, prefix: "RC", names: names) } ?? .null))
        pairs.append(("communalities", pca.map { named(names, $0.communalities) } ?? .null))
        pairs.append(("entropy", entropy))
        pairs.append(("weights", .object(result.weights.map { ($0.label, .number($0.value)) })))
        pairs.append(("correlation", columns(diagnostics.correlation, names: names, labels: names)))
        pairs.append(("index", .array(result.index.indices.map { row(result, $0) })))
        pairs.append(("notes", .array(result.notes.map { .string($0) })))
        return .object(pairs)
    }

    /// The result serialised, with a final newline.
    public static func string(_ result: CompositeIndexResult) -> String {
        value(result).serialized() + "\n"
    }

    private static func numbers(_ values: [Double]) -> JSONValue {
        .array(values.map { .number($0) })
    }

    private static func named(_ names: [String], _ values: [Double]) -> JSONValue {
        .object(zip(names, values).map { ($0, .number($1)) })
    }

    private static func columns(_ matrix: Matrix, prefix: String, names: [String]) -> JSONValue {
        columns(matrix, names: names, labels: (0..<matrix.columns).map { "\(prefix)\($0 + 1)" })
    }

    private static func columns(_ matrix: Matrix, names: [String], labels: [String]) -> JSONValue {
        .object(labels.enumerated().map { j, label in (label, named(names, matrix.column(j))) })
    }

    private static func row(_ result: CompositeIndexResult, _ i: Int) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("row", .number(Double(result.rowIndices[i] + 1)))]
        if result.panel != nil {
            pairs.append(("unit", .string(result.unitLabels[i])))
            pairs.append(("time", .string(result.periodLabels[i])))
        }
        pairs.append(("composite", .number(result.composite[i])))
        pairs.append(("value", .number(result.index[i])))
        return .object(pairs)
    }
}
