import Foundation
import GravityLinearAlgebra

/// Column statistics and projections of an `n` by `p` column-major matrix, computed block by
/// block over the rows on all cores (see ``RowBlockSweep``).
enum ColumnKernels {
    /// The mean of every column.
    static func means(_ x: Matrix) -> [Double] {
        let p = x.columns, n = x.rows
        let sums = x.values.withUnsafeBufferPointer { buffer in
            let data = SharedColumns(base: buffer.baseAddress!, rows: n)
            return RowBlockSweep.sums(rows: n, partialCount: p) { range, scratch in
                for j in 0..<p { scratch[j] = sum(data.column(j) + range.lowerBound, count: range.count) }
            }
        }
        return sums.map { $0 / Double(n) }
    }

    /// The smallest and largest value of every column.
    static func ranges(_ x: Matrix) -> (minimum: [Double], maximum: [Double]) {
        let p = x.columns, n = x.rows
        let all = x.values.withUnsafeBufferPointer { buffer in
            let data = SharedColumns(base: buffer.baseAddress!, rows: n)
            return RowBlockSweep.partials(rows: n, partialCount: 2 * p) { range, scratch in
                for j in 0..<p {
                    let column = data.column(j)
                    var low = column[range.lowerBound], high = low
                    for i in range {
                        low = Swift.min(low, column[i])
                        high = Swift.max(high, column[i])
                    }
                    scratch[j] = low
                    scratch[p + j] = high
                }
            }
        }
        var minimum = [Double](repeating: .infinity, count: p), maximum = [Double](repeating: -.infinity, count: p)
        for block in 0..<RowBlockSweep.blockCount(n) {
            for j in 0..<p {
                minimum[j] = Swift.min(minimum[j], all[block * 2 * p + j])
                maximum[j] = Swift.max(maximum[j], all[block * 2 * p + p + j])
            }
        }
        return (minimum, maximum)
    }

    /// The `p` by `p` matrix of centred cross-products `sum_i (x_ij - m_j)(x_ik - m_k)`.
    static func centredCrossProducts(_ x: Matrix, means: [Double]) -> Matrix {
        let p = x.columns, n = x.rows
        let pairs = p * (p + 1) / 2
        let sums = x.values.withUnsafeBufferPointer { buffer in
            let data = SharedColumns(base: buffer.baseAddress!, rows: n)
            return RowBlockSweep.sums(rows: n, partialCount: pairs) { range, scratch in
                var pair = 0
                for j in 0..<p {
                    for k in 0...j {
                        scratch[pair] = centredDot(data.column(j) + range.lowerBound, means[j],
                                                   data.column(k) + range.lowerBound, means[k], count: range.count)
                        pair += 1
                    }
                }
            }
        }
        var result = Matrix(rows: p, columns: p)
        var pair = 0
        for j in 0..<p {
            for k in 0...j {
                result[j, k] = sums[pair]
                result[k, j] = sums[pair]
                pair += 1
            }
        }
        return result
    }

    /// The `n` by `m` matrix `((x_ij - center_j) * scale_j) A`, for a `p` by `m` matrix `A`.
    static func project(_ x: Matrix, center: [Double], scale: [Double], coefficients a: Matrix) -> Matrix {
        let p = x.columns, n = x.rows, m = a.columns
        precondition(a.rows == p, "The coefficient matrix must have one row per column")
        var result = Matrix(rows: n, columns: m)
        x.values.withUnsafeBufferPointer { buffer in
            result.values.withUnsafeMutableBufferPointer { out in
                let data = SharedColumns(base: buffer.baseAddress!, rows: n)
                let target = SharedBuffer(base: out.baseAddress!)
                RowBlockSweep.forEachBlock(rows: n) { range in
                    for l in 0..<m {
                        let destination = target.base + l * n + range.lowerBound
                        for j in 0..<p {
                            let factor = scale[j] * a[j, l]
                            if factor == 0 { continue }
                            addScaledCentred(data.column(j) + range.lowerBound, center: center[j], factor: factor,
                                             to: destination, count: range.count)
                        }
                    }
                }
            }
        }
        return result
    }

    /// The sum of `count` values.
    @inline(__always)
    static func sum(_ x: UnsafePointer<Double>, count: Int) -> Double {
        var s0 = SIMD4<Double>(), s1 = SIMD4<Double>()
        let raw = UnsafeRawPointer(x)
        var i = 0
        while i &+ 8 <= count {
            s0 += raw.loadUnaligned(fromByteOffset: i &* 8, as: SIMD4<Double>.self)
            s1 += raw.loadUnaligned(fromByteOffset: i &* 8 &+ 32, as: SIMD4<Double>.self)
            i &+= 8
        }
        var total = (s0 + s1).sum()
        while i < count {
            total += x[i]
            i &+= 1
        }
        return total
    }

    /// The sum of `(a_i - ma)(b_i - mb)` over `count` values.
    @inline(__always)
    static func centredDot(_ a: UnsafePointer<Double>, _ ma: Double, _ b: UnsafePointer<Double>, _ mb: Double, count: Int) -> Double {
        var s0 = SIMD4<Double>(), s1 = SIMD4<Double>()
        let va = SIMD4<Double>(repeating: ma), vb = SIMD4<Double>(repeating: mb)
        let rawA = UnsafeRawPointer(a), rawB = UnsafeRawPointer(b)
        var i = 0
        while i &+ 8 <= count {
            let offset = i &* 8
            s0 += (rawA.loadUnaligned(fromByteOffset: offset, as: SIMD4<Double>.self) - va)
                * (rawB.loadUnaligned(fromByteOffset: offset, as: SIMD4<Double>.self) - vb)
            s1 += (rawA.loadUnaligned(fromByteOffset: offset &+ 32, as: SIMD4<Double>.self) - va)
                * (rawB.loadUnaligned(fromByteOffset: offset &+ 32, as: SIMD4<Double>.self) - vb)
            i &+= 8
        }
        var total = (s0 + s1).sum()
        while i < count {
            total += (a[i] - ma) * (b[i] - mb)
            i &+= 1
        }
        return total
    }

    /// Adds `factor * (x_i - center)` to `y_i` over `count` values.
    @inline(__always)
    static func addScaledCentred(_ x: UnsafePointer<Double>, center: Double, factor: Double,
                                 to y: UnsafeMutablePointer<Double>, count: Int) {
        let vc = SIMD4<Double>(repeating: center), vf = SIMD4<Double>(repeating: factor)
        let rawX = UnsafeRawPointer(x), rawY = UnsafeMutableRawPointer(y)
        var i = 0
        while i &+ 4 <= count {
            let offset = i &* 8
            let updated = rawY.loadUnaligned(fromByteOffset: offset, as: SIMD4<Double>.self)
                + vf * (rawX.loadUnaligned(fromByteOffset: offset, as: SIMD4<Double>.self) - vc)
            rawY.storeBytes(of: updated, toByteOffset: offset, as: SIMD4<Double>.self)
            i &+= 4
        }
        while i < count {
            y[i] += factor * (x[i] - center)
            i &+= 1
        }
    }
}
