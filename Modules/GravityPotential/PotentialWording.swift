import GravityCore
import GravityIO

/// The words of a trade-potential report and chart in one language: titles, headings and the
/// name of the prediction. The analysis is computed once; these are chosen when rendering.
struct PotentialWording {
    let language: RegressionTableOptions.Language

    init(_ language: RegressionTableOptions.Language) {
        self.language = language
    }

    private var zh: Bool { language == .zh }

    /// The title, built from the analysis itself (model, the prediction actually divided by,
    /// ratio, centring) so that the chart and the notes can never disagree.
    func title(_ potential: TradePotential) -> String {
        let (open, close, comma) = zh ? ("（", "）", "，") : (" (", ")", ", ")
        if potential.isEfficiency {
            return (zh ? "技术效率 = 实际值 / 前沿" : "Technical efficiency = actual / frontier") + open + potential.model + close
        }
        let prediction = potential.prediction == .fitted ? predictionName(.fitted) : (zh ? "预测值 " : "prediction ") + predictionName(potential.prediction)
        var details = [potential.model, prediction]
        if potential.ratio == .log { details.append(zh ? "对数比" : "log ratio") }
        var title = (zh ? "贸易潜力 K = 实际值 / 预测值" : "Trade potential K = actual / predicted") + open + details.joined(separator: comma) + close
        if potential.warning != nil { title += zh ? "（个体效应使K以1为中心）" : " (centred on 1 by unit effects)" }
        return title
    }

    /// The prediction's name: `xb`, `xbu`, or the model's fitted values.
    func predictionName(_ prediction: PotentialPrediction) -> String {
        switch prediction {
        case .fitted: return zh ? "拟合值" : "fitted values"
        case .xb: return "xb"
        case .xbu: return "xbu"
        }
    }

    var pathsHeading: String { zh ? "各个体的类别路径：" : "Paths through the classes:" }
    var notesHeading: String { zh ? "注：" : "Notes:" }
    var from: String { zh ? "起始期" : "From" }
    var to: String { zh ? "结束期" : "To" }
    var classBefore: String { zh ? "原类别" : "Class before" }
    var classAfter: String { zh ? "新类别" : "Class after" }
    var timeAxis: String { zh ? "年份" : "Year" }
    var efficiencyAxis: String { zh ? "技术效率" : "Efficiency" }

    /// The notes of a report: the classification rule, then the analysis' own notes.
    func notes(_ potential: TradePotential) -> [String] {
        [potential.classification.rule(in: language)] + potential.notes.map { $0.text(in: language) }
    }
}
