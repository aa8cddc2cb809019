import Dispatch
import Foundation

/// Sums per-item contributions over fixed chunks of items, spread across processor cores.
///
/// Chunk boundaries depend only on the item count and partial sums are added in chunk order, so
/// a likelihood and its gradient are bit-for-bit the same whatever the number of cores.
enum ChunkedSum {
    /// Items per chunk.
    static let chunkSize = 8192
    /// Below this many items a sum runs on the calling thread alone.
    static let parallelThreshold = 1 << 16
    /// The number of cores a sum may use.
    static let workerLimit = max(1, ProcessInfo.processInfo.activeProcessorCount)

    /// Calls `body` once per chunk of `0..<count` with the chunk's range and a zeroed scratch of
    /// `width` values, and returns the scratch values summed over chunks.
    static func sum(count: Int, width: Int, _ body: @Sendable (Range<Int>, UnsafeMutablePointer<Double>) -> Void) -> [Double] {
        let chunks = max(1, (count + chunkSize - 1) / chunkSize)
        var partials = [Double](repeating: 0, count: chunks * width)
        let workers = count < parallelThreshold ? 1 : min(workerLimit, chunks)
        partials.withUnsafeMutableBufferPointer { buffer in
            let base = SharedPointer(base: buffer.baseAddress!)
            withoutActuallyEscaping(body) { body in
                let work: @Sendable (Int) -> Void = { worker in
                    for chunk in (chunks * worker / workers)..<(chunks * (worker + 1) / workers) {
                        let range = (chunk * chunkSize)..<min(count, (chunk + 1) * chunkSize)
                        body(range, base.base + chunk * width)
                    }
                }
                if workers == 1 { work(0) } else { DispatchQueue.concurrentPerform(iterations: workers, execute: work) }
            }
        }
        var sums = [Double](repeating: 0, count: width)
        for chunk in 0..<chunks {
            for k in 0..<width { sums[k] += partials[chunk * width + k] }
        }
        return sums
    }
}

/// A pointer handed to the workers of one sum, each of which writes only its own chunks' slots.
private struct SharedPointer: @unchecked Sendable {
    let base: UnsafeMutablePointer<Double>
}
