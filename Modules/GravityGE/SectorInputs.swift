import GravityCore

/// The inputs of a multi-sector counterfactual: one ``GEInput`` per sector over the same countries
/// and reference country, each with its own trade costs and elasticity of substitution.
///
/// Country income is the sum of sectoral outputs, `Y_i = sum_k Y_i^k`, and expenditure on each
/// sector is a fixed share of total expenditure, `E_j^k = alpha_j^k E_j` (a Cobb-Douglas upper
/// tier with the baseline shares).
public struct SectorInputs: Sendable {
    /// Sector labels, in the order of ``inputs``.
    public var sectors: [String]
    /// One input per sector.
    public var inputs: [GEInput]

    /// Checks that every sector covers the same countries in the same order and shares one reference.
    public init(sectors: [String], inputs: [GEInput]) throws {
        precondition(sectors.count == inputs.count && !inputs.isEmpty, "One input per sector")
        let first = inputs[0]
        for (k, input) in inputs.enumerated().dropFirst() {
            guard input.countries == first.countries else {
                let missing = Set(first.countries).symmetricDifference(input.countries).sorted()
                throw GravityError.invalidInput("Sector `\(sectors[k])` covers other countries than sector `\(sectors[0])` (\(missing.prefix(5).joined(separator: ", "))); every sector needs every country, domestic flows included.")
            }
            precondition(input.reference == first.reference, "Sectors must share the reference country")
        }
        self.sectors = sectors
        self.inputs = inputs
    }

    /// Country labels.
    public var countries: [String] { inputs[0].countries }
    /// Index of the reference country.
    public var reference: Int { inputs[0].reference }

    /// `Y_i`: output summed over sectors.
    public var output: [Double] { Self.sum(inputs.map(\.output)) }
    /// `E_j`: expenditure summed over sectors.
    public var expenditure: [Double] { Self.sum(inputs.map(\.expenditure)) }

    /// `alpha_j^k = E_j^k / E_j`, per sector then country.
    public var expenditureShares: [[Double]] {
        let total = expenditure
        return inputs.map { zip($0.expenditure, total).map { $0 / $1 } }
    }

    /// `Y_i^k / Y_i`, per sector then country.
    public var outputShares: [[Double]] {
        let total = output
        return inputs.map { zip($0.output, total).map { $0 / $1 } }
    }

    static func sum(_ vectors: [[Double]]) -> [Double] {
        var out = [Double](repeating: 0, count: vectors[0].count)
        for vector in vectors {
            for i in out.indices { out[i] += vector[i] }
        }
        return out
    }
}
