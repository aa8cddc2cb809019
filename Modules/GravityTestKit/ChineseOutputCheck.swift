import Foundation

/// The check that output written with `--lang zh` holds no English word: every label, heading,
/// note, test name and verdict is Chinese; only the names the user gave (variables, model
/// identifiers, option names), numbers and the proper names and abbreviations Chinese papers
/// write in Latin letters remain. One checker shared by every command's test.
public enum ChineseOutputCheck {
    /// Proper names, abbreviations and symbols kept in Latin letters in Chinese papers.
    public static let latinInChinese: Set<String> = [
        "OLS", "PPML", "BC92", "BC95", "AIC", "BIC", "R", "F", "t", "z", "p", "K", "LM", "Hausman", "Breusch", "Pagan", "Honda", "Wald",
        "FE", "Duan", "BLUP", "Kaiser", "KMO", "MSA", "Bartlett", "IRLS", "Stata", "xtsum", "listcoef", "bStdX", "xb", "xbu", "exp", "log",
        "sd", "b", "x", "GDP", "GEPPML", "P", "NA", "HC0", "HC1", "HC2", "HC3",
        "Battese", "Coelli", "Jondrow", "Farrell", "frontier", "FRONTIER", "E", "N", "T", "Y", "e", "u", "v", "y",
    ]

    /// Words of Latin letters in `text` that are neither proper names, numbers (`1.9e-10` too) nor
    /// in `names` (variable names, data labels, model identifiers and option names the output
    /// repeats from the user's input; matched whole, longest first, so `log(DIST)` and `--where`
    /// can be listed as written and `re` does not match inside `Breusch`).
    ///
    /// An identifier joined by underscores is one word: `sd_u`, `theta_min` or
    /// `adj_r_squared_within` is reported whole, never passed as the symbols its pieces would be
    /// (`sd`, `u`); the underscore of a Greek symbol such as `σ_u` only separates it from its
    /// subscript.
    public static func englishWords(in text: String, names: [String]) -> [String] {
        var remaining = text.replacingOccurrences(of: #"(?<![A-Za-z0-9_])[0-9.]+e[+-]?[0-9]+"#, with: " ", options: .regularExpression)
        for name in names.sorted(by: { $0.count > $1.count }) {
            let pattern = "(?<![A-Za-z0-9_])" + NSRegularExpression.escapedPattern(for: name) + "(?![A-Za-z0-9_])"
            remaining = remaining.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        let words = remaining.split { !($0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_")) }
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "_")) }
        return words.filter { word in word.contains(where: \.isLetter) && !latinInChinese.contains(word) }
    }

    /// HTML as the reader sees it: tags removed, the common entities decoded.
    public static func visibleText(ofHTML html: String) -> String {
        html.replacingOccurrences(of: #"<[^>]*>"#, with: " ", options: .regularExpression)
            .replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
    }
}
