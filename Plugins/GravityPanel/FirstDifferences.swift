import GravityCore
import GravityLinearAlgebra

/// The pairs of rows a first-difference model differences: within each unit, rows in time order,
/// each row paired with the row of the period just before it in the panel's sequence of periods.
///
/// Gaps are not bridged: when a unit skips a period, the row after the gap has no difference
/// (plm's `pdiff` differences consecutive rows regardless; Stata's `D.` operator, like this
/// type, yields a missing value across the gap).
struct FirstDifferences {
    /// The later row of each difference.
    let laterRows: [Int]
    /// The earlier row of each difference.
    let earlierRows: [Int]
    /// Consecutive rows of a unit more than one period apart, left undifferenced.
    let gapCount: Int

    /// The differences of `sample`.
    init(sample: PanelSample) {
        let (rows, offsets) = sample.unit.rowsByGroup()
        let periods = sample.time.codes
        var later: [Int] = [], earlier: [Int] = [], gaps = 0
        later.reserveCapacity(rows.count)
        earlier.reserveCapacity(rows.count)
        for u in 0..<sample.unit.count {
            let ordered = rows[offsets[u]..<offsets[u + 1]].sorted { periods[$0] < periods[$1] }
            for (previous, current) in zip(ordered, ordered.dropFirst()) {
                if periods[current] - periods[previous] == 1 {
                    earlier.append(previous)
                    later.append(current)
                } else {
                    gaps += 1
                }
            }
        }
        laterRows = later
        earlierRows = earlier
        self.gapCount = gaps
    }

    /// Number of differences.
    var count: Int { laterRows.count }

    /// `values[later] - values[earlier]` for each difference.
    func apply(_ values: [Double]) -> [Double] {
        zip(laterRows, earlierRows).map { values[$0] - values[$1] }
    }

    /// The differenced design of `sample`: the intercept kept as a column of ones (a common
    /// trend), the other columns differenced; columns that differencing turns into zeros are
    /// left out and named in `removed`.
    func design(of sample: PanelSample) -> (design: DesignMatrix, removed: [String]) {
        let design = sample.design
        var columns: [[Double]] = [], names: [String] = [], removed: [String] = []
        for (j, name) in design.columnNames.enumerated() {
            if design.hasIntercept && j == 0 {
                columns.append([Double](repeating: 1, count: count))
                names.append(name)
                continue
            }
            let differenced = apply(design.matrix.column(j))
            if differenced.allSatisfy({ $0 == 0 }) {
                removed.append(name)
            } else {
                columns.append(differenced)
                names.append(name)
            }
        }
        let matrix = columns.isEmpty ? Matrix(rows: count, columns: 0) : Matrix(columnList: columns)
        return (DesignMatrix(matrix: matrix, columnNames: names, hasIntercept: design.hasIntercept), removed)
    }
}
