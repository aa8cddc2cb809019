/// Failures of the factorisations and solvers in this module.
public enum LinearAlgebraError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A Cholesky factorisation met a non-positive pivot at the given zero-based column.
    case notPositiveDefinite(column: Int)
    /// A square system of the given size has only `rank` linearly independent columns.
    case singular(rank: Int, size: Int)
    /// The operands do not have compatible shapes; the text says which.
    case dimensionMismatch(String)

    /// A plain English sentence describing the failure.
    public var description: String {
        switch self {
        case .notPositiveDefinite(let column):
            return "The matrix is not positive definite: the Cholesky factorisation found a non-positive pivot in column \(column + 1), counting from one."
        case .singular(let rank, let size):
            return "The \(size) by \(size) matrix is singular: its rank is only \(rank)."
        case .dimensionMismatch(let detail):
            return "The dimensions do not match: \(detail)."
        }
    }
}
