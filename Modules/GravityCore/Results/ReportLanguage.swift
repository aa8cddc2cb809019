/// The language a report is written in. Variable names and numbers are printed as given.
public enum ReportLanguage: String, Sendable, CaseIterable {
    /// English.
    case en
    /// Simplified Chinese.
    case zh
}
