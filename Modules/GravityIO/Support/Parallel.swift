#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch

/// Runs independent pieces of work on all processor cores.
package enum Parallel {
    /// Number of processor cores available (at least 1).
    package static var coreCount: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }

    /// The results of `body(0) ..< body(count)`, computed concurrently, in index order; each
    /// element holds the value or the error thrown for that index.
    ///
    /// `body` is called from several threads at once: it must only read shared state and write
    /// to what it creates itself.
    package static func map<T, E: Error>(_ count: Int, _ body: (Int) throws(E) -> T) -> [Result<T, E>] {
        if count == 1 { return [Result { () throws(E) -> T in try body(0) }] }
        let results = UnsafeMutableBufferPointer<Result<T, E>?>.allocate(capacity: count)
        results.initialize(repeating: nil)
        withoutActuallyEscaping(body) { escapable in
            let shared = Unchecked(work: escapable, results: results)
            DispatchQueue.concurrentPerform(iterations: count) { index in
                shared.results[index] = Result { () throws(E) -> T in try shared.work(index) }
            }
        }
        let collected = (0..<count).map { (results.baseAddress! + $0).move()! }
        results.deallocate()
        return collected
    }

    /// The work and its result slots, handed to worker threads; each thread writes only the
    /// slot of its own index.
    private struct Unchecked<T, E: Error>: @unchecked Sendable {
        let work: (Int) throws(E) -> T
        let results: UnsafeMutableBufferPointer<Result<T, E>?>
    }
}
