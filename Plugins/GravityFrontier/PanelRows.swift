import GravityCore
import GravityLinearAlgebra

/// Which last period the time decay of `sfa-bc92` counts from.
public enum LastPeriodConvention: String, Sendable, CaseIterable {
    /// The panel's last period `T`, as Battese and Coelli (1992), FRONTIER 4.1 and R's frontier.
    case panel
    /// Each unit's own last period `T_i`, as Stata's `xtfrontier, tvd`.
    case unit
}

/// The rows of a panel regrouped by unit and ordered by period within each unit, with each row's
/// distance `t - T` to the last period (periods counted by their rank among the panel's periods).
struct PanelRows: Sendable {
    /// For each regrouped row, its row in the model frame.
    let frameRows: [Int]
    /// Unit `u`'s regrouped rows are `offsets[u]..<offsets[u + 1]`.
    let offsets: [Int]
    /// `t - T` (never positive) for each regrouped row.
    let periodsFromEnd: [Double]

    /// Number of units.
    var unitCount: Int { offsets.count - 1 }

    init(structure: PanelStructure, lastPeriod: LastPeriodConvention) {
        let grouped = structure.unit.rowsByGroup()
        let time = structure.time.codes
        var rows = grouped.rows
        var fromEnd = [Double](repeating: 0, count: rows.count)
        let panelLast = structure.time.count - 1
        for u in 0..<structure.unitCount {
            let range = grouped.offsets[u]..<grouped.offsets[u + 1]
            let sorted = rows[range].sorted { time[$0] < time[$1] }
            rows.replaceSubrange(range, with: sorted)
            let last = lastPeriod == .panel ? panelLast : Int(time[sorted.last!])
            for (position, row) in zip(range, sorted) { fromEnd[position] = Double(Int(time[row]) - last) }
        }
        frameRows = rows
        offsets = grouped.offsets
        periodsFromEnd = fromEnd
    }

    /// `values` (aligned to the frame's rows) in regrouped order.
    func regrouped(_ values: [Double]) -> [Double] {
        frameRows.map { values[$0] }
    }

    /// The columns of `matrix` (rows aligned to the frame) in regrouped row order.
    func regrouped(_ matrix: Matrix) -> Matrix {
        var storage: [Double] = []
        storage.reserveCapacity(matrix.values.count)
        for j in 0..<matrix.columns {
            let column = j * matrix.rows
            for row in frameRows { storage.append(matrix.values[column + row]) }
        }
        return Matrix(rows: matrix.rows, columns: matrix.columns, columnMajor: storage)
    }

    /// `values` in regrouped order put back in the frame's row order.
    func toFrameOrder(_ values: [Double]) -> [Double] {
        var result = [Double](repeating: .nan, count: values.count)
        for (position, row) in frameRows.enumerated() { result[row] = values[position] }
        return result
    }
}
