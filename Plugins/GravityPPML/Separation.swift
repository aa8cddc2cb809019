import GravityCore
import GravityFixedEffects

/// Why rows were removed before the PPML fit, with counts, for the notes and the JSON.
struct SeparationReport {
    /// Rows in fixed-effect groups whose outcome is zero throughout, by dimension.
    var zeroGroupRows: [(dimension: String, rows: Int)] = []
    /// Rows alone in a fixed-effect group (dropped iteratively across dimensions).
    var singletonRows = 0
    /// Rows separated by a combination of regressors and fixed effects (the iterative rectifier).
    var regressorRows = 0
    /// Iterations of the rectifier.
    var rectifierIterations = 0

    var totalRows: Int {
        zeroGroupRows.map(\.rows).reduce(0, +) + singletonRows + regressorRows
    }

    /// Adds the counts of a later round.
    mutating func merge(_ other: SeparationReport) {
        for (dimension, rows) in other.zeroGroupRows {
            if let index = zeroGroupRows.firstIndex(where: { $0.dimension == dimension }) {
                zeroGroupRows[index].rows += rows
            } else {
                zeroGroupRows.append((dimension, rows))
            }
        }
        singletonRows += other.singletonRows
        regressorRows += other.regressorRows
        rectifierIterations += other.rectifierIterations
    }

    /// One note per reason, in words, in English and Chinese.
    var notes: [BilingualText] {
        var notes: [BilingualText] = []
        for (dimension, rows) in zeroGroupRows where rows > 0 {
            notes.append(BilingualText(
                "\(rows) observation(s) dropped because their `\(dimension)` group has only zero outcomes (separated by the fixed effect; its effect would be minus infinity).",
                chinese: "\(rows) 个观测值被删除：其所在 `\(dimension)` 组的被解释变量全为零（被该固定效应分离；其效应将为负无穷）。"))
        }
        if singletonRows > 0 {
            notes.append(BilingualText(
                "\(singletonRows) singleton observation(s) dropped (alone in a fixed-effect group, dropped repeatedly across dimensions).",
                chinese: "\(singletonRows) 个单例观测值被删除（在某固定效应组中独自一行，跨维度反复删除）。"))
        }
        if regressorRows > 0 {
            notes.append(BilingualText(
                "\(regressorRows) observation(s) dropped as separated by the regressors (a combination of them is positive only where the outcome is zero; iterative rectifier of Correia, Guimarães & Zylkin 2021, \(rectifierIterations) iteration(s)).",
                chinese: "\(regressorRows) 个观测值因解释变量导致的分离而被删除（解释变量的某一组合仅在被解释变量为零处为正；Correia、Guimarães 与 Zylkin 2021 的迭代整流法，\(rectifierIterations) 次迭代）。"))
        }
        return notes
    }

    /// The JSON section `separation`.
    var json: JSONValue {
        .object([
            ("zero_outcome_groups", .array(zeroGroupRows.map { .object([("dimension", .string($0.dimension)), ("observations", .number(Double($0.rows)))]) })),
            ("singletons", .number(Double(singletonRows))),
            ("separated_by_regressors", .number(Double(regressorRows))),
            ("total_dropped", .number(Double(totalRows))),
        ])
    }
}

/// Finds the observations whose PPML estimate does not exist as a finite number.
enum Separation {
    /// The collinearity tolerance of the rectifier's regressions (relative, on weighted squared
    /// norms; the square of the pivoted QR's 1e-7 on norms). Its heavy weights on the positive
    /// outcomes make a separating combination of regressors look nearly collinear: `x3` equal to
    /// `x2` wherever the outcome is positive keeps only about 1e-11 of its weighted norm apart
    /// from `x2` (the test's example), which IRLS's 1e-10 would drop, hiding the separation.
    static let collinearityTolerance = 1e-14

    /// Rows to keep after dropping, repeatedly until nothing changes, the rows of fixed-effect
    /// groups whose outcomes are all zero and (when `dropSingletons`) rows alone in a group, as
    /// ppmlhdfe and fixest do: dropping either kind can create the other.
    static func zeroGroupsAndSingletons(_ sample: PPMLSample, dropZeroGroups: Bool, dropSingletons: Bool,
                                        report: inout SeparationReport) -> [Bool] {
        var keep = [Bool](repeating: true, count: sample.count)
        var zeroCounts = [Int](repeating: 0, count: sample.fixedEffects.count)
        var singletons = 0
        var changed = !sample.fixedEffects.isEmpty
        while changed {
            changed = false
            if dropZeroGroups {
                for (d, grouping) in sample.fixedEffects.enumerated() {
                    let dropped = dropZeroGroup(grouping, response: sample.response, keep: &keep)
                    zeroCounts[d] += dropped
                    changed = changed || dropped > 0
                }
            }
            if dropSingletons {
                let rows = keep.indices.filter { keep[$0] }
                let (kept, dropped) = SingletonFilter.keptRows(sample.fixedEffects.map { $0.keeping(rows: rows) })
                for (position, row) in rows.enumerated() where !kept[position] { keep[row] = false }
                singletons += dropped
                changed = changed || (dropped > 0 && dropZeroGroups)
            }
        }
        for (d, grouping) in sample.fixedEffects.enumerated() { report.zeroGroupRows.append((grouping.name, zeroCounts[d])) }
        report.singletonRows += singletons
        return keep
    }

    /// Marks the kept rows of groups whose kept outcomes sum to zero as dropped; returns how many.
    private static func dropZeroGroup(_ grouping: Grouping, response: [Double], keep: inout [Bool]) -> Int {
        var total = [Double](repeating: 0, count: grouping.count)
        var dropped = 0
        for i in response.indices where keep[i] { total[Int(grouping.codes[i])] += response[i] }
        for i in response.indices where keep[i] && total[Int(grouping.codes[i])] == 0 {
            keep[i] = false
            dropped += 1
        }
        return dropped
    }

    /// Rows to keep after the iterative rectifier (ReLU) of Correia, Guimarães & Zylkin (2021):
    /// regress u = 1(y = 0) on the regressors and fixed effects with a heavy weight on the positive
    /// outcomes, rectify the fitted values (u = max(fit, 0) on the zero outcomes) and repeat; when
    /// no fitted value on a zero outcome is negative, those with a positive fit are separated.
    ///
    /// The weights never change, so the regressors are demeaned and factorised once and each
    /// iteration demeans u alone. As in ppmlhdfe, the check also stops when no zero outcome has a
    /// residual u - fit below the tolerance: by the normal equations a certificate of separation z
    /// (zero on the positive outcomes, positive on some zero ones) would then have z'e > 0 while
    /// z'e = 0, so nothing is separated. Without separation that usually ends the check after the
    /// first regression. Its demeaning tolerance is ppmlhdfe's, the square of the check's own (1e-8),
    /// or `fixedEffectsTolerance` when looser.
    static func rectifier(response y: [Double], step: inout WeightedLeastSquares, report: inout SeparationReport,
                          fixedEffectsTolerance: Double, maxIterations: Int = 100) throws -> [Bool] {
        let n = y.count
        let zeroCount = y.reduce(0) { $0 + ($1 == 0 ? 1 : 0) }
        guard zeroCount > 0 else { return [Bool](repeating: true, count: n) }
        // pyfixest's and ppmlhdfe's choices: the positive outcomes weigh N+ / tol^2, fitted values
        // within (-0.1 tol, tol) count as zero (stricter below zero against false positives).
        let tolerance = 1e-4
        let innerTolerance = max(tolerance * tolerance, fixedEffectsTolerance)
        let heavy = Double(n - zeroCount) / (tolerance * tolerance)
        // Fits near zero count as zero; the rectified fit is max(fit, 0).
        func rectified(_ fit: Double) -> Double { fit > -0.1 * tolerance && fit < tolerance ? 0 : fit }
        // u, the response of a round: nil in the first, 1(y = 0), read from y (no array until a
        // second round needs one); then the rectified fit on the zero outcomes.
        var u: [Double]? = nil
        for iteration in 1...maxIterations {
            let weights = iteration == 1 ? y.map { $0 == 0 ? 1.0 : heavy } : nil
            try step.solve(weights: weights, tolerance: innerTolerance) { target in
                for i in target.indices { target[i] = u?[i] ?? (y[i] == 0 ? 1 : 0) }
            }
            var anyNegative = false, smallestResidual = Double.infinity
            step.withResiduals { e in
                for i in 0..<n where y[i] == 0 {
                    smallestResidual = min(smallestResidual, e[i])
                    if rectified((u?[i] ?? 1) - e[i]) < 0 { anyNegative = true }
                }
            }
            if !anyNegative || smallestResidual >= tolerance {
                // Without negative residuals, only rows whose residual is at the tolerance can be separated.
                let keep = step.withResiduals { e in
                    (0..<n).map { i in !(y[i] == 0 && rectified((u?[i] ?? 1) - e[i]) > 0 && (!anyNegative || e[i] <= tolerance)) }
                }
                report.rectifierIterations = iteration
                report.regressorRows = keep.filter { !$0 }.count
                return keep
            }
            u = step.withResiduals { e in (0..<n).map { i in y[i] == 0 ? max(rectified((u?[i] ?? 1) - e[i]), 0) : 0 } }
        }
        throw GravityError.numerical("The separation check (iterative rectifier) did not settle in \(maxIterations) iterations; rerun with --option separation=fixed_effects to skip it, and inspect regressors that are positive only where the outcome is zero.")
    }
}
