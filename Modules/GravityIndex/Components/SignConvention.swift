import GravityLinearAlgebra

/// The sign convention for eigenvectors and loadings: each column is multiplied by -1 when
/// needed so that its entry of largest absolute value (the first such entry on ties) is positive.
public enum SignConvention {
    /// Whether column `j` of `matrix` must be flipped to follow the convention.
    public static func needsFlip(_ matrix: Matrix, column j: Int) -> Bool {
        var largest = 0
        for i in 1..<matrix.rows where abs(matrix[i, j]) > abs(matrix[largest, j]) { largest = i }
        return matrix[largest, j] < 0
    }

    /// `matrix` with every column following the convention.
    public static func apply(_ matrix: Matrix) -> Matrix {
        var result = matrix
        for j in 0..<matrix.columns where matrix.rows > 0 && needsFlip(matrix, column: j) {
            for i in 0..<matrix.rows { result[i, j] = -result[i, j] }
        }
        return result
    }
}
