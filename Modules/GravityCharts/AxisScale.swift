import Foundation

/// A linear mapping from data values to pixels with "nice" tick values (1, 2 or 5 times a power of ten).
public struct AxisScale: Sendable {
    /// Lower end of the axis, in data units (a tick value).
    public let lower: Double
    /// Upper end of the axis, in data units (a tick value).
    public let upper: Double
    /// Tick values from lower to upper.
    public let ticks: [Double]
    private let pixelStart: Double, pixelEnd: Double

    /// A scale covering `minimum...maximum` with about `tickCount` ticks, mapped to the pixel range.
    public init(minimum: Double, maximum: Double, pixels: ClosedRange<Double>, reversed: Bool = false, tickCount: Int = 6) {
        var low = minimum, high = maximum
        if !(high > low) { low -= 0.5; high += 0.5 }
        let rough = (high - low) / Double(max(1, tickCount - 1))
        let power = pow(10, floor(log10(rough)))
        let step = [1.0, 2, 5, 10].map { $0 * power }.first { $0 >= rough } ?? 10 * power
        lower = floor(low / step) * step
        upper = ceil(high / step) * step
        ticks = stride(from: lower, through: upper + step / 2, by: step).map { abs($0) < step * 1e-9 ? 0 : $0 }
        pixelStart = reversed ? pixels.upperBound : pixels.lowerBound
        pixelEnd = reversed ? pixels.lowerBound : pixels.upperBound
    }

    /// A scale with one tick per whole number from `first` to `last` (years), no padding.
    public init(wholeNumbersFrom first: Int, through last: Int, pixels: ClosedRange<Double>) {
        lower = Double(first)
        upper = Double(max(last, first + 1))
        ticks = (first...max(last, first + 1)).map(Double.init)
        pixelStart = pixels.lowerBound
        pixelEnd = pixels.upperBound
    }

    /// The pixel position of a data value.
    public func position(_ value: Double) -> Double {
        pixelStart + (value - lower) / (upper - lower) * (pixelEnd - pixelStart)
    }

    /// A tick label with no more decimals than the step needs.
    public func label(_ value: Double) -> String {
        let step = ticks.count > 1 ? ticks[1] - ticks[0] : 1
        let decimals = max(0, Int(-floor(log10(step))))
        return String(format: "%.\(decimals)f", value)
    }
}
