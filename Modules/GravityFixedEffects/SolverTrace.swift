#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Prints one line per fixed-effects solve to standard error when the environment variable
/// `GRAVITY_FE_TRACE` is set: rows, coefficients, and per column the conjugate-gradient steps
/// and the relative residual reached. Iteration counts do not depend on the machine's load,
/// which makes them the measure of the solver's speed that survives a busy machine.
enum SolverTrace {
    static let enabled = getenv("GRAVITY_FE_TRACE") != nil

    static func record(rows: Int, levels: Int, outcome: ConjugateGradientSolver.Outcome) {
        guard enabled else { return }
        let columns = outcome.iterations.indices.map { "\(outcome.iterations[$0]) (\(outcome.relativeResidual[$0]))" }
        let line = "fixed effects: \(rows) rows, \(levels) coefficients; steps per column: \(columns.joined(separator: ", "))\n"
        _ = line.utf8CString.withUnsafeBufferPointer { write(2, $0.baseAddress!, $0.count - 1) }
    }
}
