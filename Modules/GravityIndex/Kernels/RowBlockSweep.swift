import Dispatch
import Foundation

/// Storage shared by the workers of one sweep; workers touch disjoint rows or disjoint scratch.
struct SharedBuffer: @unchecked Sendable {
    /// The first entry.
    let base: UnsafeMutablePointer<Double>
}

/// Read-only column-major storage shared by the workers of one sweep.
struct SharedColumns: @unchecked Sendable {
    /// The first entry of the first column.
    let base: UnsafePointer<Double>
    /// The length of every column.
    let rows: Int

    /// The first entry of `column`.
    @inline(__always)
    func column(_ column: Int) -> UnsafePointer<Double> { base + column &* rows }
}

/// Sweeps over the rows of tall column-major data in fixed blocks, spread across processor cores.
///
/// Block boundaries are multiples of `blockSize` and the partial results of the blocks are
/// combined in block order, so results are the same whatever the number of cores.
enum RowBlockSweep {
    /// Rows per block: twenty columns of a block stay in the level-2 cache.
    static let blockSize = 2048
    /// Below this many rows per worker, a sweep runs on the calling thread alone.
    static let minimumRowsPerWorker = 1 << 15
    /// The number of cores a sweep may use.
    static let workerLimit = Swift.max(1, ProcessInfo.processInfo.activeProcessorCount)

    /// Number of blocks covering `rows` rows.
    static func blockCount(_ rows: Int) -> Int { (rows + blockSize - 1) / blockSize }

    /// Calls `body` once per block with the block's rows and a zeroed scratch of `partialCount`
    /// values; returns the scratch of every block, block after block.
    static func partials(rows: Int, partialCount: Int,
                         _ body: @Sendable (Range<Int>, UnsafeMutablePointer<Double>) -> Void) -> [Double] {
        let blocks = blockCount(rows)
        let stride = Swift.max(partialCount, 1)
        var partials = [Double](repeating: 0, count: blocks * stride)
        guard blocks > 0 else { return partials }
        let workers = Swift.min(workerLimit, Swift.max(1, rows / minimumRowsPerWorker), blocks)
        partials.withUnsafeMutableBufferPointer { buffer in
            let shared = SharedBuffer(base: buffer.baseAddress!)
            withoutActuallyEscaping(body) { body in
                let work: @Sendable (Int) -> Void = { worker in
                    for block in (blocks * worker / workers)..<(blocks * (worker + 1) / workers) {
                        let start = block * blockSize
                        body(start..<Swift.min(start + blockSize, rows), shared.base + block * stride)
                    }
                }
                if workers == 1 { work(0) } else { DispatchQueue.concurrentPerform(iterations: workers, execute: work) }
            }
        }
        return partials
    }

    /// The scratch values of `partials(rows:partialCount:_:)` summed over blocks, in block order.
    static func sums(rows: Int, partialCount: Int,
                     _ body: @Sendable (Range<Int>, UnsafeMutablePointer<Double>) -> Void) -> [Double] {
        let all = partials(rows: rows, partialCount: partialCount, body)
        var sums = [Double](repeating: 0, count: partialCount)
        for block in 0..<blockCount(rows) {
            for k in 0..<partialCount { sums[k] += all[block * partialCount + k] }
        }
        return sums
    }

    /// Calls `body` on every block of rows, in parallel; the blocks must write disjoint memory.
    static func forEachBlock(rows: Int, _ body: @Sendable (Range<Int>) -> Void) {
        _ = partials(rows: rows, partialCount: 0) { range, _ in body(range) }
    }
}
