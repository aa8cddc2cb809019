/// The broad kind of a covariance estimator, used by estimators to declare what they support.
public enum CovarianceFamily: String, Sendable, Hashable {
    /// Model-based (classical, or the inverse information for maximum likelihood).
    case classical
    /// Heteroskedasticity-consistent (HC0 to HC3).
    case heteroskedasticity
    /// Cluster-robust by one or two columns.
    case cluster
}

/// How standard errors are computed, as chosen with `--vcov`.
public enum CovarianceSpecification: Sendable, Equatable, CustomStringConvertible {
    /// Model-based: sigma^2 (X'X)^-1 for least squares.
    case classical
    /// White's heteroskedasticity-consistent estimator with the given small-sample variant.
    case heteroskedastic(HCType)
    /// Cluster-robust by one to four columns.
    case cluster([String])

    /// The heteroskedasticity-consistent variants, as in R's sandwich and Stata.
    public enum HCType: String, Sendable, CaseIterable {
        /// No adjustment.
        case hc0
        /// Scaled by n / (n - k) (Stata's `vce(robust)`).
        case hc1
        /// Squared residuals divided by 1 - h_ii.
        case hc2
        /// Squared residuals divided by (1 - h_ii)^2.
        case hc3
    }

    /// Parses `classical`, `hc0`..`hc3` (`robust` = `hc1`) or `cluster:<col>[,<col>]`.
    public init(parsing text: String) throws {
        let lowered = text.trimmingWhitespace().lowercased()
        if lowered == "classical" || lowered == "iid" || lowered == "standard" {
            self = .classical
        } else if lowered == "robust" {
            self = .heteroskedastic(.hc1)
        } else if let hc = HCType(rawValue: lowered) {
            self = .heteroskedastic(hc)
        } else if lowered.hasPrefix("cluster:") {
            let columns = text.trimmingWhitespace().dropFirst("cluster:".count).split(separator: ",").map { String($0).trimmingWhitespace() }
            guard !columns.isEmpty, !columns.contains(where: \.isEmpty) else {
                throw GravityError.invalidOption("Cluster by one to four columns: `cluster:firm` or `cluster:exporter,importer`, not `\(text)`.")
            }
            guard columns.count <= 4 else {
                throw GravityError.invalidOption("Cluster by at most four columns (multiway clustering by inclusion-exclusion); `\(text)` names \(columns.count).")
            }
            self = .cluster(columns)
        } else {
            let hint = closestMatches(to: lowered, in: ["classical", "robust", "hc0", "hc1", "hc2", "hc3", "cluster:"]).first.map { " Did you mean `\($0)`?" } ?? ""
            throw GravityError.invalidOption("Unknown covariance `\(text)`.\(hint) Use classical, hc0, hc1, hc2, hc3 or cluster:<column>.")
        }
    }

    /// The family this specification belongs to.
    public var family: CovarianceFamily {
        switch self {
        case .classical: return .classical
        case .heteroskedastic: return .heteroskedasticity
        case .cluster: return .cluster
        }
    }

    /// The columns whose values must be present (cluster columns).
    public var requiredColumns: [String] {
        if case .cluster(let columns) = self { return columns }
        return []
    }

    /// The specification as written on the command line.
    public var description: String {
        switch self {
        case .classical: return "classical"
        case .heteroskedastic(let type): return type.rawValue
        case .cluster(let columns): return "cluster:" + columns.joined(separator: ",")
        }
    }
}
