import GravityCore
import GravityLinearAlgebra

/// The control units' regression of the outcome change on covariates (in the base period), which
/// predicts the treated units' untreated change in Sant'Anna and Zhao's outcome-regression DiD.
struct OutcomeRegression {
    /// The kept covariate columns (collinear ones dropped among the controls).
    let keptColumns: [Int]
    /// Coefficients of the kept columns.
    let coefficients: [Double]
    /// (X'X)^-1 over the controls.
    let bread: Matrix
    /// Residuals of the controls, in the order given.
    let residuals: [Double]
    /// Sum over the treated units of their covariate rows.
    let treatedCovariateSum: [Double]
    private let covariates: Matrix
    private let rowStride: Int
    private let base: Int

    /// Fits `changes` (one per control) on the controls' covariates in period `base`.
    init(covariates design: DesignMatrix, panel: StaggeredPanel, treated: [Int], controls: [Int], base: Int, changes: [Double]) throws {
        let periods = panel.periodCount
        let allColumns = Array(0..<design.matrix.columns)
        let controlRows = controls.map { $0 * periods + base }
        let controlDesign = DesignMatrix(matrix: design.matrix.selecting(rows: controlRows, columns: allColumns),
                                         columnNames: design.columnNames, hasIntercept: design.hasIntercept)
        guard controls.count > design.matrix.columns else {
            throw GravityError.invalidInput("The outcome regression for the period \(panel.periodLabel(base)) comparison has \(controls.count) control units for \(design.matrix.columns) coefficients; use fewer covariates or never-treated controls.")
        }
        let fit = try LeastSquaresFit(response: changes, design: controlDesign)
        keptColumns = fit.terms.map { design.columnNames.firstIndex(of: $0)! }
        coefficients = fit.coefficients
        bread = fit.bread
        residuals = fit.residuals
        covariates = design.matrix
        rowStride = periods
        self.base = base
        var sum = [Double](repeating: 0, count: keptColumns.count)
        for u in treated {
            for (k, j) in keptColumns.enumerated() { sum[k] += design.matrix[u * periods + base, j] }
        }
        treatedCovariateSum = sum
    }

    /// The kept covariates of unit `u` in the base period.
    func row(unit u: Int) -> [Double] {
        keptColumns.map { covariates[u * rowStride + base, $0] }
    }

    /// The predicted outcome change of unit `u`.
    func prediction(unit u: Int) -> Double {
        dot(row(unit: u), coefficients)
    }
}
