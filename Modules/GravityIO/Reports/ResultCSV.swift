import GravityCore

/// The coefficient table of an ``EstimationResult`` as CSV, with the JSON key names as header.
public enum ResultCSV {
    /// The CSV text: one row per coefficient, numbers in shortest round-trip form.
    public static func render(_ result: EstimationResult) -> String {
        var out = "model,term,estimate,std_error,statistic,p_value,conf_low,conf_high\n"
        for row in result.coefficients {
            let cells = [quote(result.model), quote(row.term)] + [row.estimate, row.stdError, row.statistic, row.pValue, row.confLow, row.confHigh].map(NumberFormatting.exact)
            out += cells.joined(separator: ",") + "\n"
        }
        return out
    }

    /// A CSV field, quoted when it holds a comma, quote or line break.
    public static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
