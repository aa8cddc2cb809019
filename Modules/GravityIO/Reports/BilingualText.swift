/// A sentence written in both report languages; the renderer picks one when it writes the output,
/// so an analysis is computed once whatever the language of its report.
public struct BilingualText: Sendable, Equatable, CustomStringConvertible {
    /// The English sentence (also what JSON output carries).
    public var english: String
    /// The Simplified Chinese sentence.
    public var chinese: String

    /// A sentence in English and Chinese.
    public init(_ english: String, chinese: String) {
        self.english = english
        self.chinese = chinese
    }

    /// The sentence in `language`.
    public func text(in language: RegressionTableOptions.Language) -> String {
        language == .zh ? chinese : english
    }

    /// The English sentence.
    public var description: String { english }
}
