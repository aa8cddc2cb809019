/// How the random-effects variance components are estimated, as R's plm `random.method`.
public enum RandomEffectsMethod: String, Sendable, CaseIterable {
    /// Swamy and Arora: within residuals for the idiosyncratic variance, the between regression
    /// for the unit variance (plm `"swar"`, the default; Stata's `xtreg, re` on balanced panels).
    case swamyArora = "swamy-arora"
    /// Amemiya: both quadratic forms from the within residuals (plm `"amemiya"`).
    case amemiya
    /// Wallace and Hussain: both quadratic forms from the pooled OLS residuals (plm `"walhus"`).
    case wallaceHussain = "wallace-hussain"

    /// plm's name of the method.
    var plmName: String {
        switch self {
        case .swamyArora: return "swar"
        case .amemiya: return "amemiya"
        case .wallaceHussain: return "walhus"
        }
    }
}
