/// Contiguous vector loops shared by the factorisations.
///
/// Each loop works on raw pointers with independent SIMD accumulators, so the passes over long
/// columns stay in vector registers and never allocate.
enum VectorKernels {
    /// The sum of `a[i] * b[i]` for `i` in `0..<count`.
    @inline(__always)
    static func dot(_ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>, count: Int) -> Double {
        var sum0 = SIMD4<Double>(), sum1 = SIMD4<Double>()
        let rawA = UnsafeRawPointer(a), rawB = UnsafeRawPointer(b)
        var i = 0
        while i &+ 8 <= count {
            let offset = i &* 8
            sum0 += rawA.loadUnaligned(fromByteOffset: offset, as: SIMD4<Double>.self)
                * rawB.loadUnaligned(fromByteOffset: offset, as: SIMD4<Double>.self)
            sum1 += rawA.loadUnaligned(fromByteOffset: offset &+ 32, as: SIMD4<Double>.self)
                * rawB.loadUnaligned(fromByteOffset: offset &+ 32, as: SIMD4<Double>.self)
            i &+= 8
        }
        var sum = (sum0 + sum1).sum()
        while i < count {
            sum += a[i] * b[i]
            i &+= 1
        }
        return sum
    }

    /// Replaces `y` by `y - factor * x` over `count` entries.
    @inline(__always)
    static func subtractScaled(
        _ factor: Double, _ x: UnsafePointer<Double>, from y: UnsafeMutablePointer<Double>, count: Int
    ) {
        let scale = SIMD4<Double>(repeating: factor)
        let rawX = UnsafeRawPointer(x), rawY = UnsafeMutableRawPointer(y)
        var i = 0
        while i &+ 8 <= count {
            let offset = i &* 8
            let y0 = rawY.loadUnaligned(fromByteOffset: offset, as: SIMD4<Double>.self)
                - scale * rawX.loadUnaligned(fromByteOffset: offset, as: SIMD4<Double>.self)
            let y1 = rawY.loadUnaligned(fromByteOffset: offset &+ 32, as: SIMD4<Double>.self)
                - scale * rawX.loadUnaligned(fromByteOffset: offset &+ 32, as: SIMD4<Double>.self)
            rawY.storeBytes(of: y0, toByteOffset: offset, as: SIMD4<Double>.self)
            rawY.storeBytes(of: y1, toByteOffset: offset &+ 32, as: SIMD4<Double>.self)
            i &+= 8
        }
        while i < count {
            y[i] -= factor * x[i]
            i &+= 1
        }
    }

    /// The Euclidean norm of `count` values whose plain sum of squares is `sumOfSquares`.
    ///
    /// The plain sum is accurate unless it overflowed or sank into the subnormal range; only
    /// then are the values rescaled by their largest magnitude and summed again.
    static func norm(_ x: UnsafePointer<Double>, count: Int, sumOfSquares: Double) -> Double {
        if sumOfSquares.isFinite && sumOfSquares >= Double.leastNormalMagnitude / Double.ulpOfOne {
            return sumOfSquares.squareRoot()
        }
        var largest = 0.0
        for i in 0..<count { largest = Swift.max(largest, abs(x[i])) }
        guard largest > 0 && largest.isFinite else { return sumOfSquares.squareRoot() }
        var scaled = 0.0
        for i in 0..<count {
            let ratio = x[i] / largest
            scaled += ratio * ratio
        }
        return largest * scaled.squareRoot()
    }
}
