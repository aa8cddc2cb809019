import GravityLinearAlgebra

/// Builds design-matrix columns for evaluated terms on the kept rows.
///
/// Dummy coding follows R's treatment contrasts: a factor's first level is the reference and
/// gets no column when the intercept (or an earlier factor) already spans the constant, or, in an
/// interaction, when the rest of the interaction is itself a term of the model.
struct DesignAssembler {
    /// The kept rows of the input.
    let rows: FrameRows
    /// Number of input rows; when every row is kept, columns are used without gathering.
    let inputRowCount: Int

    /// The design of `terms`; with `interceptAbsorbed` (fixed effects absorb the intercept), no
    /// `(Intercept)` column is built but factors are coded as if it were there. The storage
    /// reserves one column more than the terms need, so an estimator can append its response to
    /// it without reallocating. Each term's values are let go of once copied, so that a column
    /// nobody else holds is freed before the next term is copied.
    func assemble(_ terms: consuming [(FormulaTerm, [EvaluatedValue])], hasIntercept: Bool, interceptAbsorbed: Bool = false) -> DesignMatrix {
        let n = rows.count
        var names: [String] = []
        var storage: [Double] = []
        storage.reserveCapacity(n * (terms.count + 1))
        let keepsEveryRow = n == inputRowCount
        if hasIntercept && !interceptAbsorbed {
            names.append("(Intercept)")
            storage.append(contentsOf: repeatElement(1.0, count: n))
        }
        var constantSpanned = hasIntercept
        let termNames = Set(terms.map { $0.0.name })
        for index in terms.indices {
            let (term, values) = terms[index]
            terms[index].1 = []
            let labels = Self.factorLabels(term)
            var columns: [(name: String, values: [Double]?)] = [("", nil)]
            for (f, value) in values.enumerated() {
                switch value {
                case .numeric(let x):
                    let kept = keepsEveryRow ? x : rows.map { x[$0] }
                    columns = columns.map { (Self.join($0.name, labels[f]), Self.multiply($0.values, kept)) }
                case .categorical(let codes, let levels):
                    let dropReference: Bool
                    if values.count == 1 {
                        dropReference = constantSpanned
                        constantSpanned = true
                    } else {
                        let rest = labels.enumerated().filter { $0.offset != f }.map(\.element).joined(separator: ":")
                        dropReference = termNames.contains(rest)
                    }
                    var used = [Bool](repeating: false, count: levels.count)
                    for row in rows { used[Int(codes[row])] = true }
                    var usedLevels = used.indices.filter { used[$0] }
                    if dropReference && !usedLevels.isEmpty { usedLevels.removeFirst() }
                    var expanded: [(String, [Double]?)] = []
                    for column in columns {
                        for level in usedLevels {
                            let indicator = rows.map { codes[$0] == Int32(level) ? 1.0 : 0.0 }
                            expanded.append((Self.join(column.name, labels[f] + levels[level]), Self.multiply(column.values, indicator)))
                        }
                    }
                    columns = expanded
                case .indicators(let codes, let levels, let isReference, let interaction):
                    guard case .indicators(let specification) = term.factors[f] else { preconditionFailure("i() values come from i()") }
                    columns = Self.indicatorColumns(columns, rows: rows, codes: codes, levels: levels, isReference: isReference,
                                                    interaction: interaction.map { x in keepsEveryRow ? x : rows.map { x[$0] } },
                                                    specification: specification)
                }
            }
            for column in columns {
                names.append(column.name)
                storage.append(contentsOf: column.values ?? [Double](repeating: 1, count: n))
            }
        }
        return DesignMatrix(matrix: Matrix(rows: n, columns: names.count, columnMajor: storage), columnNames: names,
                            hasIntercept: hasIntercept && !interceptAbsorbed)
    }

    /// The label of each factor of a term: the term's own name for a main effect, else its pieces between `:`.
    static func factorLabels(_ term: FormulaTerm) -> [String] {
        if term.factors.count == 1 { return [term.name] }
        let pieces = term.name.split(separator: ":").map(String.init)
        return pieces.count == term.factors.count ? pieces : term.factors.map { "\($0)" }
    }

    /// The columns of fixest's `i()`: one per used level that is not a reference, named
    /// `variable::level` (`variable::level:x` when interacted), each multiplying `columns`.
    private static func indicatorColumns(_ columns: [(name: String, values: [Double]?)], rows: FrameRows, codes: [Int32], levels: [String],
                                         isReference: [Bool], interaction: [Double]?,
                                         specification: IndicatorSpecification) -> [(name: String, values: [Double]?)] {
        var used = [Bool](repeating: false, count: levels.count)
        for row in rows { used[Int(codes[row])] = true }
        var expanded: [(name: String, values: [Double]?)] = []
        for column in columns {
            for level in levels.indices where used[level] && !isReference[level] {
                var indicator = rows.map { codes[$0] == Int32(level) ? 1.0 : 0.0 }
                var name = specification.variable + "::" + levels[level]
                if let interaction, let interactionName = specification.interactionName {
                    indicator = multiply(indicator, interaction)
                    name += ":" + interactionName
                }
                expanded.append((join(column.name, name), multiply(column.values, indicator)))
            }
        }
        return expanded
    }

    private static func join(_ a: String, _ b: String) -> String { a.isEmpty ? b : a + ":" + b }

    private static func multiply(_ a: [Double]?, _ b: [Double]) -> [Double] {
        guard let a else { return b }
        return zip(a, b).map { $0 * $1 }
    }
}
