import GravityCore
import GravityFixedEffects

/// The options of the `ppml` estimator, read once from the validated option values.
struct PPMLOptions {
    var family: GLMFamily
    var control: IRLSControl
    var weightColumn: String?
    var separation: String
    var dropSingletons: Bool
    var reportFixedEffects: Bool
    /// The `ssc` option as given (`auto` resolves once it is known whether fixed effects are absorbed).
    var smallSample: String
    var fixedEffects: FixedEffectsOptions

    /// The option specifications `ppml` declares.
    static let specifications: [OptionSpecification] = [
        OptionSpecification(name: "family", kind: .choice(GLMFamily.allCases.map(\.rawValue)), defaultValue: "poisson",
                            help: "pseudo-likelihood family with log link: poisson (PPML), gamma (GPML) or gaussian (NLS)"),
        OptionSpecification(name: "tolerance", kind: .real, defaultValue: "1e-8",
                            help: "IRLS stops when |dev - dev_old| / (0.1 + |dev|) falls below this (fixest's rule)"),
        OptionSpecification(name: "max_iterations", kind: .integer, defaultValue: "100", help: "most IRLS iterations"),
        OptionSpecification(name: "allow_nonconvergence", kind: .boolean, defaultValue: "false",
                            help: "return the last iterate with a warning instead of an error when IRLS has not converged"),
        OptionSpecification(name: "weights", kind: .text, defaultValue: "", help: "column of observation weights"),
        OptionSpecification(name: "separation", kind: .choice(["all", "fixed_effects", "none"]), defaultValue: "all",
                            help: "drop separated observations: all (zero-outcome fixed-effect groups and the regressor check), fixed_effects, none"),
        OptionSpecification(name: "drop_singletons", kind: .boolean, defaultValue: "true",
                            help: "drop observations alone in a fixed-effect group"),
        OptionSpecification(name: "fixed_effects", kind: .boolean, defaultValue: "false",
                            help: "write the estimated fixed effects per level in the JSON (section fixed_effect_values)"),
        OptionSpecification(name: "fixef_tol", kind: .real, defaultValue: "1e-10",
                            help: "tolerance of the fixed-effects demeaning at the final IRLS steps (early steps are solved more loosely, from 1e-4)"),
        OptionSpecification(name: "fixef_maxiter", kind: .integer, defaultValue: "10000",
                            help: "most iterations of the fixed-effects demeaning per column and step"),
        SmallSampleConvention.option,
    ]

    init(_ options: EstimatorOptions) throws {
        family = GLMFamily(rawValue: options.string("family"))!
        let tolerance = options.double("tolerance"), maxIterations = options.int("max_iterations")
        guard tolerance > 0 else { throw GravityError.invalidOption("Option `tolerance` must be positive, not \(tolerance).") }
        guard maxIterations > 0 else { throw GravityError.invalidOption("Option `max_iterations` must be at least 1, not \(maxIterations).") }
        control = IRLSControl(tolerance: tolerance, maxIterations: maxIterations, allowNonconvergence: options.bool("allow_nonconvergence"))
        let weights = options.string("weights")
        weightColumn = weights.isEmpty ? nil : weights
        separation = options.string("separation")
        dropSingletons = options.bool("drop_singletons")
        reportFixedEffects = options.bool("fixed_effects")
        smallSample = options.string("ssc")
        fixedEffects = FixedEffectsOptions(tolerance: options.double("fixef_tol"), maxIterations: options.int("fixef_maxiter"),
                                           dropSingletons: dropSingletons)
    }
}
