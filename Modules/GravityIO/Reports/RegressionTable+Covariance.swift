import Foundation
import GravityCore

extension RegressionTable {
    /// The covariance convention of every column in one compact footnote: "Standard errors:
    /// classical." when all columns agree, else "Standard errors: (1)-(2) classical; (3) clustered
    /// by pair_id (2,301 clusters)." The full description stays in each model's own report and JSON.
    func covarianceNote(_ words: Vocabulary) -> String {
        var groups: [(kind: String, columns: [Int])] = []
        for (column, model) in models.enumerated() {
            let kind = Self.covarianceKind(model.covarianceLabel, words)
            if let index = groups.firstIndex(where: { $0.kind == kind }) { groups[index].columns.append(column) } else { groups.append((kind, [column])) }
        }
        let head = words.zh ? "标准误类型：" : "Standard errors: "
        if groups.count == 1 { return head + groups[0].kind + words.stop }
        let separator = words.zh ? "；" : "; "
        return head + groups.map { Self.columnRange($0.columns) + " " + $0.kind }.joined(separator: separator) + words.stop
    }

    /// `(1)-(3)`, `(1), (3)`.
    static func columnRange(_ columns: [Int]) -> String {
        let numbers = columns.map { $0 + 1 }
        if numbers.count > 2, numbers.last! - numbers.first! == numbers.count - 1 { return "(\(numbers.first!))-(\(numbers.last!))" }
        return numbers.map { "(\($0))" }.joined(separator: ", ")
    }

    /// The kind of covariance a model's label describes, in the table's language: classical,
    /// heteroskedasticity-robust (HCk), clustered by a column (with the cluster count), or the
    /// observed information of a likelihood.
    static func covarianceKind(_ label: String, _ words: Vocabulary) -> String {
        let lower = label.lowercased()
        if lower.hasPrefix("classical") { return words.zh ? "经典（同方差）" : "classical" }
        if lower.hasPrefix("observed information") { return words.zh ? "观测信息矩阵（z检验）" : "observed information (z tests)" }
        if lower.hasPrefix("cluster-robust by ") {
            let rest = label.dropFirst("cluster-robust by ".count)
            let columns = rest.prefix { $0 != "(" && $0 != ";" }.trimmingCharacters(in: .whitespaces)
            let counts = rest.drop { $0 != "(" }.dropFirst().prefix { $0 != ")" }.split(separator: ",")
                .compactMap { Int($0.drop { $0 == " " }.prefix { $0.isNumber }) }
            let countText = counts.map(NumberFormatting.grouped).joined(separator: " × ")
            if words.zh {
                return "按 " + columns.replacingOccurrences(of: " and ", with: " 和 ") + " 聚类稳健" + (counts.isEmpty ? "" : "（\(countText) 个聚类）")
            }
            return "clustered by " + columns + (counts.isEmpty ? "" : " (\(countText) clusters)")
        }
        if let type = label.range(of: #"HC[0-3]"#, options: [.regularExpression, .caseInsensitive]) {
            let name = label[type].uppercased()
            return words.zh ? "异方差稳健（\(name)）" : "heteroskedasticity-robust (\(name))"
        }
        return shortCovarianceLabel(label)
    }

    /// The covariance label up to its first `;` or `:`, which names the kind.
    static func shortCovarianceLabel(_ label: String) -> String {
        let cut = label.firstIndex { $0 == ";" || $0 == ":" } ?? label.endIndex
        return String(label[..<cut])
    }
}

extension RegressionTable {
    /// The kind of covariance `label` describes, in `language` (for reports outside the table).
    package static func covarianceKind(_ label: String, language: RegressionTableOptions.Language) -> String {
        covarianceKind(label, Vocabulary(language))
    }
}
