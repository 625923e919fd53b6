import AjarEngine
public import AjarIRCProtocol
public import AjarRuntime
import Logging

extension IRCClient {
    /// The conversation id of a person on this network: `irc:NETWORK/nick` (nick case-folded).
    public func conversationID(for nickname: IRCNickname) -> ConversationID? {
        ConversationID("irc:\(configuration.network)/\(nickname.key)")
    }

    /// Hands a request to the handler, in order per person, and queues the replies.
    func converse(_ request: IRCConversationRequest) {
        guard let id = conversationID(for: request.sender) else { return }
        dispatcher.submit(id.rawValue) { [self] in
            let message = Message(conversation: id, sender: request.sender.rawValue, text: request.text, transport: .irc)
            let replies: [String]
            var sensitive = false
            do {
                let outcome = try await handler.handle(message)
                replies = outcome.replies
                // The safety layer's answers, and a hand-off to another flow, are for the person alone.
                sensitive = outcome.isSensitive || outcome.effects.contains { effect in
                    if case .handoff = effect { return true }
                    return false
                }
            } catch {
                logger.error("conversation failed", metadata: ["conversation": "\(id)", "error": "\(error)"])
                replies = ["Sorry, something went wrong on my side. Please try again in a moment."]
            }
            for message in renderer().messages(for: replies, to: request, sensitive: sensitive) {
                enqueue(message, urgent: false)
            }
        }
    }
}
