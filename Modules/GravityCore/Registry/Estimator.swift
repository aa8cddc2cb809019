/// What an estimator needs besides the data: formula, panel structure, covariance and options.
public struct FitRequest: Sendable {
    /// The model formula.
    public var formula: Formula
    /// The panel's unit and time columns, when the data are a panel.
    public var panel: PanelSpecification?
    /// How standard errors are computed.
    public var covariance: CovarianceSpecification
    /// Estimator options as given (`key` to `value`), validated by ``Estimator/fit(_:request:)``.
    public var options: [String: String]
    /// Level of the confidence intervals, 0.95 by default.
    public var confidenceLevel: Double

    /// A request; only the formula is required.
    public init(formula: Formula, panel: PanelSpecification? = nil, covariance: CovarianceSpecification = .classical,
                options: [String: String] = [:], confidenceLevel: Double = 0.95) {
        self.formula = formula
        self.panel = panel
        self.covariance = covariance
        self.options = options
        self.confidenceLevel = confidenceLevel
    }
}

/// The description of an estimator that the registry and the command line show and validate against.
public struct EstimatorDescriptor: Sendable {
    /// The name used to select it (`ols`, `fe`, `sfa`), lowercase.
    public var name: String
    /// Other accepted names (`pooled`, `within`, `frontier`).
    public var aliases: [String]
    /// One line saying what it estimates.
    public var summary: String
    /// The options it takes.
    public var options: [OptionSpecification]
    /// Whether `--id` and `--time` are required.
    public var requiresPanel: Bool
    /// The covariance kinds it supports.
    public var covarianceKinds: Set<CovarianceFamily>

    /// A descriptor; by default no options, no panel required and only classical standard errors.
    public init(name: String, aliases: [String] = [], summary: String, options: [OptionSpecification] = [],
                requiresPanel: Bool = false, covarianceKinds: Set<CovarianceFamily> = [.classical]) {
        self.name = name
        self.aliases = aliases
        self.summary = summary
        self.options = options
        self.requiresPanel = requiresPanel
        self.covarianceKinds = covarianceKinds
    }
}

/// An estimator that plug-ins provide: it describes itself and fits a model to a dataset.
///
/// Implementations implement ``fit(_:request:options:)``; callers use ``fit(_:request:)``, which
/// validates the options, the panel requirement and the covariance kind first.
public protocol Estimator: Sendable {
    /// Name, aliases, summary and options.
    var descriptor: EstimatorDescriptor { get }

    /// Fits the model; `options` are already validated against ``descriptor``. The dataset is
    /// handed over (`consuming`), so an estimator may release it once it has taken what it needs
    /// (the model frame); an implementation may take it as a plain parameter.
    func fit(_ data: consuming Dataset, request: FitRequest, options: EstimatorOptions) throws -> EstimationResult
}

extension Estimator {
    /// Validates the request against the descriptor and fits the model (the dataset is handed
    /// over: pass `consume data` where the caller no longer needs it, to let the estimator free it).
    public func fit(_ data: consuming Dataset, request: FitRequest) throws -> EstimationResult {
        let d = descriptor
        let options = try EstimatorOptions(request.options, specifications: d.options, estimator: d.name)
        if d.requiresPanel && request.panel == nil {
            throw GravityError.invalidInput("The model `\(d.name)` needs a panel: give the unit and time columns (--id and --time).")
        }
        guard d.covarianceKinds.contains(request.covariance.family) else {
            let kinds = d.covarianceKinds.map(\.rawValue).sorted().joined(separator: ", ")
            throw GravityError.invalidOption("The model `\(d.name)` does not support `\(request.covariance)` standard errors; it supports: \(kinds).")
        }
        guard request.confidenceLevel > 0 && request.confidenceLevel < 1 else {
            throw GravityError.invalidOption("The confidence level must lie between 0 and 1, not \(request.confidenceLevel).")
        }
        return try fit(consume data, request: request, options: options)
    }
}
