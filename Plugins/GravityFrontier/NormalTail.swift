import Foundation
import GravityStatistics

/// The standard normal quantities frontier likelihoods need, accurate far into the lower tail.
enum NormalTail {
    /// `½ log(2π)` with the exact value of π.
    static let halfLogTwoPi = 0.5 * log(2 * Double.pi)

    /// `log Φ(x)`.
    @inline(__always)
    static func logCdf(_ x: Double) -> Double {
        NormalDistribution.standard.logCdf(x)
    }

    /// The inverse Mills ratio `φ(x) / Φ(x)`, given `log Φ(x)`.
    @inline(__always)
    static func millsRatio(_ x: Double, logCdf: Double) -> Double {
        exp(-0.5 * x * x - halfLogTwoPi - logCdf)
    }
}
