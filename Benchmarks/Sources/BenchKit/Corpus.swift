import Foundation

/// The peers' corpus, read as bench.py reads it: one utterance a line, blank lines skipped.
public struct Corpus: Sendable {
    public let lines: [String]

    public init(path: String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.allSatisfy(\.isWhitespace) }
            .map(String.init)
    }

    /// bench.py's default run length: the corpus repeated to about 100,000 replies
    /// (`L * round(100_000 / L)`, so 99,900 for 333 lines).
    public var defaultReplies: Int {
        let count = lines.count
        return count * Int((100_000.0 / Double(count)).rounded(.toNearestOrEven))
    }
}
