import GravityCharts
import GravityCore

extension HistogramChart {
    /// The distribution of a frontier model's technical efficiencies over `0...1` with their mean,
    /// or `nil` when the result reports no efficiencies.
    public init?(efficiencyOf result: EstimationResult, title: String = "Technical efficiency", binCount: Int = 20) {
        guard let efficiency = result.efficiency else { return nil }
        self.init(values: efficiency.compactMap { $0 }, title: title, xLabel: "Technical efficiency", yLabel: "Observations",
                  binCount: binCount, range: 0...1)
    }
}
