import GravityCore
import GravityIO

/// A unit's move from one class to another between two consecutive observed periods.
public struct PotentialTransition: Sendable, Equatable {
    /// The unit.
    public var unit: String
    /// The earlier period.
    public var fromTime: String
    /// The later period.
    public var toTime: String
    /// The class label in the earlier period.
    public var fromClass: String
    /// The class label in the later period.
    public var toClass: String

    /// A transition.
    public init(unit: String, fromTime: String, toTime: String, fromClass: String, toClass: String) {
        self.unit = unit
        self.fromTime = fromTime
        self.toTime = toTime
        self.fromClass = fromClass
        self.toClass = toClass
    }
}

extension TradePotential {
    /// Each unit's rows in period order, in unit order, found in one pass over the sorted rows.
    public var unitPaths: [(unit: String, rows: [PotentialRow])] {
        var paths: [(unit: String, rows: [PotentialRow])] = []
        for row in rows {
            if paths.last?.rows.last?.unitIndex == row.unitIndex { paths[paths.count - 1].rows.append(row) } else { paths.append((row.unit, [row])) }
        }
        return paths
    }

    /// Every change of class of every unit between consecutive observed periods, in unit order,
    /// with the class labels of a report in `language`.
    public func transitions(in language: RegressionTableOptions.Language = .en) -> [PotentialTransition] {
        let labels = classification.labels(in: language)
        var changes: [PotentialTransition] = []
        for (unit, path) in unitPaths {
            for (before, after) in zip(path, path.dropFirst()) where before.classIndex != after.classIndex {
                changes.append(PotentialTransition(unit: unit, fromTime: before.time, toTime: after.time,
                                                   fromClass: labels[before.classIndex], toClass: labels[after.classIndex]))
            }
        }
        return changes
    }

    /// Each unit's path through the classes in words, with the class labels of a report in
    /// `language`: `KAZ: huge potential (2013-2015) -> expandable potential (2016-2020)`.
    public func pathDescriptions(in language: RegressionTableOptions.Language = .en) -> [String] {
        let labels = classification.labels(in: language)
        return unitPaths.map { unit, path in
            var spells: [(label: String, first: String, last: String)] = []
            for row in path {
                if let last = spells.last, last.label == labels[row.classIndex] {
                    spells[spells.count - 1].last = row.time
                } else {
                    spells.append((labels[row.classIndex], row.time, row.time))
                }
            }
            let (open, close) = language == .zh ? ("（", "）") : (" (", ")")
            let text = spells.map { $0.label + open + ($0.first == $0.last ? $0.first : "\($0.first)-\($0.last)") + close }
            return "\(unit)" + (language == .zh ? "：" : ": ") + text.joined(separator: " -> ")
        }
    }
}
