/// A sentence written in both report languages; the renderer picks one when it writes the output,
/// so an analysis is computed once whatever the language of its report. A sentence written in
/// English only (``init(english:)``) is printed in English in every report, under a heading that
/// says so in Chinese.
public struct BilingualText: Sendable, Equatable, CustomStringConvertible {
    /// The English sentence (also what JSON output carries).
    public var english: String
    /// The Simplified Chinese sentence (the English one when the sentence has no translation).
    public var chinese: String
    /// Whether the sentence has a Chinese version.
    public let isTranslated: Bool

    /// A sentence in English and Chinese.
    public init(_ english: String, chinese: String) {
        self.english = english
        self.chinese = chinese
        isTranslated = true
    }

    /// A sentence written in English only.
    public init(english: String) {
        self.english = english
        chinese = english
        isTranslated = false
    }

    /// The sentence in `language`.
    public func text(in language: ReportLanguage) -> String {
        language == .zh ? chinese : english
    }

    /// The English sentence.
    public var description: String { english }
}

extension Array where Element == BilingualText {
    /// The English sentences.
    public var english: [String] { map(\.english) }

    /// The sentences in `language` under their headings: all under `heading` in English; in Chinese
    /// the translated ones under `heading`, then those written in English only under
    /// `untranslatedHeading`. Empty sections are left out.
    public func sections(in language: ReportLanguage, heading: String,
                         untranslatedHeading: String) -> [(heading: String, sentences: [String])] {
        let sections = language == .zh ? [(heading, filter(\.isTranslated).map(\.chinese)),
                                          (untranslatedHeading, filter { !$0.isTranslated }.map(\.english))]
                                       : [(heading, english)]
        return sections.filter { !$0.1.isEmpty }
    }

    /// The sentences after their English list was edited as `edited`: a sentence still present
    /// keeps its Chinese version, a new one is English only.
    public func replacingEnglish(with edited: [String]) -> [BilingualText] {
        edited.map { sentence in first { $0.english == sentence } ?? BilingualText(english: sentence) }
    }
}
