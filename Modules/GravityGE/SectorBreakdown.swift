import GravityCore

/// The sectors of a multi-sector analysis: each sector's prepared input (its own baseline fit
/// and costs) and the joint outcome.
public struct SectorBreakdown: Sendable {
    /// Sector labels, sorted.
    public var sectors: [String]
    /// Per sector, its prepared input.
    public var prepared: [PreparedCounterfactual]
    /// Every sector's equilibrium and the country totals.
    public var outcome: SectorOutcome

    /// Splits `data` by `column`, prepares each sector as `specification` says (its elasticity
    /// from `sectorSigmas` or `sigma`) and solves the sectors jointly. A sector whose costs the
    /// counterfactual leaves unchanged is allowed (a policy may touch one sector only); one that
    /// changes no sector's costs throws.
    public init(_ data: Dataset, column: String, specification: GEDataSpecification, settings: GESettings, registry: EstimatorRegistry) throws {
        let split = try SectorSplit(data, column: column)
        if let unknown = specification.sectorSigmas.keys.sorted().first(where: { !split.sectors.contains($0) }) {
            throw GravityError.invalidOption("A sector elasticity is given for `\(unknown)`, which is not a level of `\(column)` (\(split.sectors.joined(separator: ", "))).")
        }
        prepared = try split.sectors.indices.map { k in
            var sector = specification
            sector.sector = nil
            sector.sectorSigmas = [:]
            sector.sigma = specification.sectorSigmas[split.sectors[k]] ?? specification.sigma
            return try split.inSector(k) {
                try PreparedCounterfactual(split.tables[k], specification: sector, registry: registry,
                                           rowNumbers: split.rowNumbers[k], requireChange: false)
            }
        }
        guard prepared.contains(where: { $0.input.baselineCosts != $0.input.counterfactualCosts }) else {
            throw GravityError.invalidInput("The counterfactual changes no cost in any sector: check --scenario or the counterfactual cost column.")
        }
        sectors = split.sectors
        outcome = try SectorCounterfactual.solve(try SectorInputs(sectors: split.sectors, inputs: prepared.map(\.input)), settings: settings)
    }
}
