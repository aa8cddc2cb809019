/// What an index builder does with rows that lack a value in one of the indicators.
public enum MissingValuePolicy: String, Sendable, CaseIterable {
    /// Drops every incomplete row (listwise deletion) and says how many in the notes.
    case drop
    /// Refuses incomplete rows with an error that points to `gravity fill`.
    case error
}
