public import AjarRuntime

/// What the IRC adapter hands people's messages to. ``ConversationRuntime`` is one; tests use
/// small fakes. Called concurrently for different conversations, in order within one.
public protocol IRCConversationHandler: Sendable {
    func handle(_ message: Message) async throws -> Outcome
}

extension ConversationRuntime: IRCConversationHandler {}
