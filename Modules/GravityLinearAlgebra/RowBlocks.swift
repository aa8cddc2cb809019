import Dispatch
import Foundation

/// Column-major storage shared by the workers of one sweep.
///
/// Workers of a sweep touch disjoint row blocks, which is what makes sharing the raw pointer safe.
struct SharedColumns: @unchecked Sendable {
    /// The first entry of the first column.
    let base: UnsafeMutablePointer<Double>
    /// The length of every column.
    let rows: Int

    /// The entry in `row` of `column`.
    @inline(__always)
    func pointer(row: Int, column: Int) -> UnsafeMutablePointer<Double> {
        base + (column &* rows &+ row)
    }
}

/// Sweeps over the rows of tall column-major data in fixed blocks, spread across processor cores.
///
/// Block boundaries are multiples of `size` in absolute row numbers and partial sums are added
/// in block order, so results are bit-for-bit the same whatever the number of cores.
package enum RowBlocks {
    /// Rows per block: a block of a few columns stays in the level-2 cache between passes.
    package static let size = 4096
    /// Below this many rows per worker, a sweep runs on the calling thread alone.
    package static let minimumRowsPerWorker = 1 << 16
    /// The number of cores a sweep may use.
    static let workerLimit = Swift.max(1, ProcessInfo.processInfo.activeProcessorCount)

    /// Calls `body` once per block of `rows` with that block's row range and a zeroed scratch of
    /// `partialCount` values, then returns the scratch values summed over blocks.
    /// `minimumPerWorker`: rows below which a worker is not worth its start (lower it when each
    /// row is much more work than a few values, as a level of several interleaved columns).
    package static func sweep(
        _ rows: Range<Int>, partialCount: Int, minimumPerWorker: Int = minimumRowsPerWorker,
        _ body: @Sendable (Range<Int>, UnsafeMutablePointer<Double>) -> Void
    ) -> [Double] {
        guard !rows.isEmpty else { return [Double](repeating: 0, count: partialCount) }
        let firstBlock = rows.lowerBound / size
        let blockCount = (rows.upperBound - 1) / size - firstBlock + 1
        let stride = Swift.max(partialCount, 1)
        var partials = [Double](repeating: 0, count: blockCount * stride)
        let workers = Swift.min(workerLimit, Swift.max(1, rows.count / Swift.max(1, minimumPerWorker)), blockCount)
        partials.withUnsafeMutableBufferPointer { buffer in
            let scratch = SharedColumns(base: buffer.baseAddress!, rows: stride)
            withoutActuallyEscaping(body) { body in
                let work: @Sendable (Int) -> Void = { worker in
                    let from = blockCount * worker / workers, to = blockCount * (worker + 1) / workers
                    for block in from..<to {
                        let start = Swift.max((firstBlock + block) * size, rows.lowerBound)
                        let end = Swift.min((firstBlock + block + 1) * size, rows.upperBound)
                        body(start..<end, scratch.pointer(row: 0, column: block))
                    }
                }
                if workers == 1 {
                    work(0)
                } else {
                    DispatchQueue.concurrentPerform(iterations: workers, execute: work)
                }
            }
        }
        var sums = [Double](repeating: 0, count: partialCount)
        for block in 0..<blockCount {
            for k in 0..<partialCount { sums[k] += partials[block * stride + k] }
        }
        return sums
    }
}

extension Range where Bound == Int {
    /// The part of this range at or after `lowerLimit`, possibly empty.
    @inline(__always)
    func starting(at lowerLimit: Int) -> Range<Int> {
        let start = Swift.min(Swift.max(lowerBound, lowerLimit), upperBound)
        return start..<upperBound
    }
}
