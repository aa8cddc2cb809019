import GravityCore
import GravityLinearAlgebra

/// A correlation matrix without an inverse: some indicators are linear combinations of others.
public struct SingularCorrelation: Sendable, Equatable, CustomStringConvertible {
    /// The numerical rank of the correlation matrix.
    public let rank: Int
    /// The number of indicators.
    public let size: Int
    /// The indicators involved in the linear dependencies, in column order.
    public let involved: [String]
    /// Number of rows used.
    public let observationCount: Int

    /// Eigenvalues not above this share of the largest count as zero.
    static let tolerance = 1e-10
    /// Eigenvector entries at least this large (in absolute value) name a variable as involved.
    static let involvementThreshold = 0.01

    /// The singularity of a correlation matrix with eigen-decomposition `eigen`, or nil when no
    /// eigenvalue is numerically zero.
    init?(eigen: SymmetricEigenDecomposition, names: [String], observationCount: Int) {
        let threshold = Self.tolerance * Swift.max(eigen.values.first ?? 0, 1)
        let null = names.indices.filter { eigen.values[$0] <= threshold }
        guard !null.isEmpty else { return nil }
        self.init(eigen: eigen, null: null, names: names, observationCount: observationCount)
    }

    /// The singularity along the eigenvectors at `null`, for a matrix that failed to factor.
    init(eigen: SymmetricEigenDecomposition, null: [Int], names: [String], observationCount: Int) {
        rank = names.count - null.count
        size = names.count
        involved = names.indices.filter { i in null.contains { abs(eigen.vectors[i, $0]) >= Self.involvementThreshold } }.map { names[$0] }
        self.observationCount = observationCount
    }

    /// The explanation shown to the user.
    public var description: String { bilingualDescription.english }

    /// The explanation in English and Chinese.
    public var bilingualDescription: BilingualText {
        var text = BilingualText("The correlation matrix of the \(size) indicators is singular (rank \(rank))",
                                 chinese: "\(size) 个指标的相关矩阵奇异（秩为 \(rank)）")
        if observationCount <= size {
            text.english += ": with \(observationCount) rows the rank is at most \(observationCount - 1)"
            text.chinese += "：只有 \(observationCount) 行时秩至多为 \(observationCount - 1)"
        } else {
            text.english += ": " + involved.map { "`\($0)`" }.joined(separator: ", ") + " are linearly dependent (a combination of them is constant)"
            text.chinese += "：" + involved.map { "`\($0)`" }.joined(separator: "、") + " 线性相关（其某一组合为常数）"
        }
        text.english += ". KMO needs the inverse of the correlation matrix and Bartlett's test its determinant; drop one of the dependent indicators or add rows."
        text.chinese += "。KMO 需要相关矩阵的逆，Bartlett 检验需要其行列式；请删除一个线性相关的指标或增加行。"
        return text
    }
}
