/// When the full-endowment loop of the GEPPML procedure stops.
public enum StoppingRule: Sendable, Equatable {
    /// The book's rule: the standard deviation and the maximum of successive price changes are
    /// both at most 0.01. Reproduces published tables; the loop is usually not converged there.
    case book
    /// Until every step price change is within `tolerance` of 1.
    case converged(tolerance: Double)

    /// The default: converged to 1e-12.
    public static let standard = StoppingRule.converged(tolerance: 1e-12)

    /// `book` or `converged`, as the command line writes it.
    public var name: String {
        switch self {
        case .book: return "book"
        case .converged: return "converged"
        }
    }
}
