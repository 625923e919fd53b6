public import AjarRuntime

/// `ajar chat` when standard input is not a terminal: the contract scripts and outside checks
/// rely on, so it stays exactly this. No prompt, no escape codes, no commands: the opening lines
/// (or a resumed conversation's current question), then for each non-empty input line the bot's
/// reply lines, one per line, each batch written as soon as its turn is committed.
public struct PipedChat: Sendable {
    public let runtime: ConversationRuntime
    public let conversation: ConversationID
    public let sender: String

    public init(runtime: ConversationRuntime, conversation: ConversationID, sender: String) {
        self.runtime = runtime
        self.conversation = conversation
        self.sender = sender
    }

    /// Runs until `lines` ends. Storage errors end it with the error.
    public func run<Lines: AsyncSequence<String, Never>>(lines: Lines, write: (String) -> Void = StandardStreams.out) async throws {
        let opening = try await runtime.open(conversation)
        write(Self.text(opening.replies))
        for await raw in lines {
            let line = raw.hasSuffix("\r") ? String(raw.dropLast()) : raw
            if line.allSatisfy(\.isWhitespace) { continue }
            let outcome = try await runtime.handle(
                Message(conversation: conversation, sender: sender, text: line, transport: .terminal))
            write(Self.text(outcome.replies))
        }
    }

    static func text(_ lines: [String]) -> String {
        // One reply, one output line: a line break inside a reply would look like two replies.
        lines.map { line in
            var line = Substring(line)
            while line.last?.isNewline == true { line = line.dropLast() }
            return line.replacingOccurrences(of: "\n", with: " ") + "\n"
        }.joined()
    }
}
