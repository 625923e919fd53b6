public import AjarIRCProtocol

/// Turns the bot's reply lines into PRIVMSGs that fit: in a channel each line starts with the
/// person's nick (`alice: ...`); privately it goes as it is. Sensitive replies (the safety
/// flow's) go privately even when asked in a channel, with a short pointer in the channel.
///
/// ```swift
/// let renderer = IRCReplyRenderer(budget: IRCLineBudget(nickname: "ajar", username: "ajar"))
/// renderer.messages(for: ["Hello!"], to: request, sensitive: false)   // [PRIVMSG #ajar :alice: Hello!]
/// ```
public struct IRCReplyRenderer: Sendable {
    public var budget: IRCLineBudget
    /// Said in the channel when the answer went privately.
    public var privateNote: String

    public init(budget: IRCLineBudget, privateNote: String = "I have replied to you in a private message.") {
        self.budget = budget
        self.privateNote = privateNote
    }

    public func messages(for replies: [String], to request: IRCConversationRequest, sensitive: Bool) -> [IRCMessage] {
        let text = replies.joined(separator: "\n")
        guard let channel = request.channel else {
            return messages(text, to: .nickname(request.sender))
        }
        if sensitive {
            let note = messages(privateNote, to: .channel(channel), addressing: request.sender)
            return messages(text, to: .nickname(request.sender)) + note
        }
        return messages(text, to: .channel(channel), addressing: request.sender)
    }

    /// `text` as PRIVMSGs to `target`, each line starting with `nick: ` when `addressing` is given.
    public func messages(_ text: String, to target: IRCTarget, addressing nickname: IRCNickname? = nil) -> [IRCMessage] {
        let lead = nickname.map { $0.rawValue + ": " } ?? ""
        let room = budget.textBytes(command: "PRIVMSG", target: target.rawValue) - lead.utf8.count
        return IRCTextSplitter.split(text, maximumBytes: room).map {
            IRCMessage(command: "PRIVMSG", parameters: [target.rawValue, lead + $0])
        }
    }
}
