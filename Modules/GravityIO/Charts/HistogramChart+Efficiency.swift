import GravityCharts
import GravityCore

extension HistogramChart {
    /// The distribution of a frontier model's technical efficiencies over `0...1` with their mean,
    /// labelled in `language` (the title too unless given), or `nil` when the result reports no efficiencies.
    public init?(efficiencyOf result: EstimationResult, title: String? = nil, binCount: Int = 20,
                 language: RegressionTableOptions.Language = .en) {
        guard let efficiency = result.efficiency else { return nil }
        let zh = language == .zh
        let name = zh ? "技术效率" : "Technical efficiency"
        self.init(values: efficiency.compactMap { $0 }, title: title ?? name, xLabel: name, yLabel: zh ? "观测值" : "Observations",
                  binCount: binCount, range: 0...1, meanLabel: zh ? "均值" : "Mean")
    }
}
