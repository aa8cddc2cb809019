import Foundation

/// The commands of a Markdown document: every fenced block whose first line is `# <id>` and whose
/// command starts with `gravity`, continuation lines (`\` at the end) joined and the words split
/// as a POSIX shell splits them (single and double quotes; no variables or escapes).
struct DocumentedCommand {
    /// The identifier on the block's first line (`# c1-a1-ols`).
    let id: String
    /// The arguments after `gravity`.
    let arguments: [String]

    /// Every such command of `markdown`, in order.
    static func all(in markdown: String) throws -> [DocumentedCommand] {
        var commands: [DocumentedCommand] = []
        var block: [String]? = nil
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("```") {
                if let lines = block, let first = lines.first, first.hasPrefix("# ") {
                    let joined = lines.dropFirst().map { $0.hasSuffix("\\") ? String($0.dropLast()) : $0 }.joined(separator: " ")
                    let words = try split(joined)
                    guard words.first == "gravity" else { throw DocumentError("block `\(first)` does not run gravity") }
                    commands.append(DocumentedCommand(id: String(first.dropFirst(2)), arguments: Array(words.dropFirst())))
                }
                block = block == nil ? [] : nil
            } else if block != nil {
                block!.append(line)
            }
        }
        return commands
    }

    /// Words separated by blanks; quotes group and are removed.
    static func split(_ text: String) throws -> [String] {
        var words: [String] = []
        var word: String? = nil
        var quote: Character? = nil
        for character in text {
            if let open = quote {
                if character == open { quote = nil } else { word!.append(character) }
            } else if character == "\"" || character == "'" {
                quote = character
                word = word ?? ""
            } else if character.isWhitespace {
                if let finished = word { words.append(finished) }
                word = nil
            } else {
                word = (word ?? "") + String(character)
            }
        }
        guard quote == nil else { throw DocumentError("unbalanced quote in `\(text)`") }
        if let finished = word { words.append(finished) }
        return words
    }
}

/// A malformed command block.
struct DocumentError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
