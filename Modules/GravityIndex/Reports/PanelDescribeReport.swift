import GravityCore
import GravityIO

/// Panel descriptive statistics (Stata's `xtsum`) in any ``ReportFormat``.
///
/// Text and Markdown show, per variable, the overall line (N, mean, sd, min, max), the between
/// line (n units, sd, min, max of the unit means) and the within line (T-bar, sd, min, max of the
/// deviations from the unit means plus the grand mean), then the paper table (observations,
/// mean, sd, min, max) and, when asked, a table per unit. JSON holds everything; CSV has one line
/// per variable and part (`overall`, `between`, `within`) and, when asked, per unit.
public enum PanelDescribeReport {
    /// The summaries in `format`; `byUnit` adds the per-unit tables. Text and Markdown are in
    /// `language`; JSON and CSV keep their keys in every language.
    public static func render(_ summaries: [PanelVariableSummary], unit: String, format: ReportFormat, byUnit: Bool = false,
                              language: RegressionTableOptions.Language = .en) -> String {
        switch format {
        case .json: return json(summaries).serialized() + "\n"
        case .csv: return csv(summaries, byUnit: byUnit)
        case .text: return tables(summaries, unit: unit, byUnit: byUnit, language: language).map(\.text).joined(separator: "\n")
        case .markdown: return tables(summaries, unit: unit, byUnit: byUnit, language: language).map(\.markdown).joined(separator: "\n")
        }
    }

    private static func tables(_ summaries: [PanelVariableSummary], unit: String, byUnit: Bool, language: RegressionTableOptions.Language) -> [ReportTable] {
        let zh = language == .zh
        let columns = Array(DescribeReport.columnHeadings(language).dropLast())
        let parts = zh ? ["总体", "组间", "组内"] : ["overall", "between", "within"]
        let counts = zh ? ["观测值 = ", "个体数 = ", "平均期数 = "] : ["N = ", "n = ", "T-bar = "]
        var xtsum: [[String]] = []
        for s in summaries {
            xtsum.append([s.name, parts[0], cell(s.overall.mean), cell(s.overall.standardDeviation), cell(s.overall.minimum),
                          cell(s.overall.maximum), counts[0] + "\(s.overall.count)"])
            xtsum.append(["", parts[1], "", cell(s.between.standardDeviation), cell(s.between.minimum), cell(s.between.maximum),
                          counts[1] + "\(s.unitCount)"])
            xtsum.append(["", parts[2], "", cell(s.within.standardDeviation), cell(s.within.minimum), cell(s.within.maximum),
                          counts[2] + NumberFormatting.significant(s.averagePeriods, digits: 4)])
        }
        var tables = [
            ReportTable(title: zh ? "按 \(unit) 的面板描述统计（总体、组间与组内，同 Stata 的 xtsum）"
                                  : "Panel summary by \(unit) (overall, between and within, as Stata's xtsum)",
                        header: [columns[0], "", columns[2], columns[3], columns[4], columns[5], zh ? "样本量" : "Observations"], rows: xtsum),
            ReportTable(title: zh ? "描述性统计" : "Descriptive statistics",
                        header: columns,
                        rows: summaries.map { s in
                            [s.name, String(s.overall.count), cell(s.overall.mean), cell(s.overall.standardDeviation),
                             cell(s.overall.minimum), cell(s.overall.maximum)]
                        }),
        ]
        if byUnit {
            for s in summaries {
                tables.append(ReportTable(title: zh ? "\(s.name)（按 \(unit)）" : "\(s.name) by \(unit)", header: [unit] + columns.dropFirst(),
                                          rows: s.units.map { u in
                                              [u.name, String(u.count), cell(u.mean), cell(u.standardDeviation), cell(u.minimum), cell(u.maximum)]
                                          }))
            }
        }
        return tables
    }

    private static func json(_ summaries: [PanelVariableSummary]) -> JSONValue {
        .array(summaries.map { s in
            let overall: JSONValue = .object([("n", .number(Double(s.overall.count))), ("mean", .number(s.overall.mean)),
                                              ("sd", .number(s.overall.standardDeviation)), ("min", .number(s.overall.minimum)),
                                              ("max", .number(s.overall.maximum))])
            let units: JSONValue = .array(s.units.map { u in
                .object([("unit", .string(u.name)), ("n", .number(Double(u.count))), ("mean", .number(u.mean)),
                         ("sd", .number(u.standardDeviation)), ("min", .number(u.minimum)), ("max", .number(u.maximum))])
            })
            return .object([("variable", .string(s.name)), ("overall", overall),
                            ("between", spread(s.between, count: ("units", Double(s.unitCount)))),
                            ("within", spread(s.within, count: ("t_bar", s.averagePeriods))),
                            ("units", units)])
        })
    }

    private static func spread(_ spread: PanelSpread, count: (String, Double)) -> JSONValue {
        .object([(count.0, .number(count.1)), ("sd", .number(spread.standardDeviation)),
                 ("min", .number(spread.minimum)), ("max", .number(spread.maximum))])
    }

    private static func csv(_ summaries: [PanelVariableSummary], byUnit: Bool) -> String {
        var out = "variable,part,unit,n,mean,sd,min,max\n"
        func line(_ name: String, _ part: String, _ unit: String, _ n: Double, _ values: [Double]) {
            out += ([ResultCSV.quote(name), part, ResultCSV.quote(unit), NumberFormatting.exact(n)]
                    + values.map(NumberFormatting.exact)).joined(separator: ",") + "\n"
        }
        for s in summaries {
            line(s.name, "overall", "", Double(s.overall.count), [s.overall.mean, s.overall.standardDeviation, s.overall.minimum, s.overall.maximum])
            line(s.name, "between", "", Double(s.unitCount), [.nan, s.between.standardDeviation, s.between.minimum, s.between.maximum])
            line(s.name, "within", "", s.averagePeriods, [.nan, s.within.standardDeviation, s.within.minimum, s.within.maximum])
            if byUnit {
                for u in s.units {
                    line(s.name, "unit", u.name, Double(u.count), [u.mean, u.standardDeviation, u.minimum, u.maximum])
                }
            }
        }
        return out
    }

    private static func cell(_ x: Double) -> String {
        NumberFormatting.significant(x, digits: 6)
    }
}
