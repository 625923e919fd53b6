import AjarEngine
import AjarIRC
import AjarRuntime

/// A conversation handler for live tests: counts turns per conversation (as the runtime's store
/// would keep its state) and answers with scripted texts.
actor ScriptedHandler: IRCConversationHandler {
    private(set) var messages: [Message] = []
    private var turns: [ConversationID: Int] = [:]
    /// Replies for special inputs: `long` (one long multibyte line), `fifty` (50 lines), `crisis` (sensitive).
    static let longText = (1...60).map { "\($0)-caf\u{E9}-\u{1F469}\u{200D}\u{1F4BB}-\u{4E2D}\u{6587} constraint" }.joined(separator: " ")

    func handle(_ message: Message) async throws -> Outcome {
        messages.append(message)
        let turn = (turns[message.conversation] ?? 0) + 1
        turns[message.conversation] = turn
        switch message.text {
        case "long":
            return Outcome(replies: [Self.longText])
        case "fifty":
            return Outcome(replies: (1...50).map { "line \($0) of 50" })
        case "crisis":
            return Outcome(replies: ["You matter. Please reach out to someone you trust."], effects: [.handoff(to: "safety")])
        default:
            return Outcome(replies: ["\(turn): you said: \(message.text)"])
        }
    }
}
