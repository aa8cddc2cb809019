import Foundation
import GravityCore

/// The specification tests by the names `gravity compare --tests` takes.
public enum PanelTestKind: String, Sendable, CaseIterable {
    /// F test that the unit effects of `fe` are jointly zero (fe vs pooled OLS).
    case f
    /// Breusch-Pagan LM test for random unit effects (re vs pooled OLS).
    case bp
    /// Honda's one-sided LM test for random unit effects.
    case honda
    /// Classic Hausman test, fe vs re.
    case hausman
    /// Regression-based Hausman test with a cluster-robust covariance.
    case robustHausman = "robust-hausman"

    /// Parses a comma-separated list such as `f,bp,hausman,robust-hausman`.
    public static func parseList(_ text: String) throws -> [PanelTestKind] {
        try text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty }.map { name in
            guard let kind = PanelTestKind(rawValue: name) else {
                let hint = closestMatches(to: name, in: allCases.map(\.rawValue)).first.map { " Did you mean `\($0)`?" } ?? ""
                throw GravityError.invalidOption("Unknown test `\(name)`.\(hint) Tests: \(allCases.map(\.rawValue).joined(separator: ", ")).")
            }
            return kind
        }
    }
}
